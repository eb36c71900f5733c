package org.irtiqa.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@link InstitutionScope} in every application context, web or not, so that controllers (which
 * tests may load without a server) can always be built; it reads the request's caller when asked.
 */
@AutoConfiguration
public class ScopeAutoConfiguration {

    @Bean
    InstitutionScope irtiqaInstitutionScope() {
        return new InstitutionScope();
    }
}
