package org.irtiqa.support.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI document of every service tells the truth about the API (api.md): its title and
 * version, a summary per operation, the real success status and content type, and the error
 * responses as problem details. Only where springdoc is on the classpath (the three services).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

    @Bean
    OpenApiCustomizer irtiqaApiDescription(Environment environment, ObjectProvider<BuildProperties> build) {
        return new ApiDescription(environment.getProperty("spring.application.name", "irtiqa"), build.getIfAvailable());
    }

    @Bean
    OpenApiCustomizer irtiqaProblemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OperationCustomizer irtiqaOperationSummaries() {
        return new OperationSummaries();
    }

    @Bean
    OperationCustomizer irtiqaDeclaredRefusals() {
        return new DeclaredRefusals();
    }
}
