package org.irtiqa.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The form-login users: the {@link DemoAccounts.Kind#PERSON} accounts, synthesised at each lookup
 * (any {@code coordinator-<CODE>} signs in on first use). Their roles reach the tokens through
 * {@link AccessTokenClaims}, not through these authorities.
 */
final class DemoUsers implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        return DemoAccounts.find(username)
                .filter(account -> account.kind() == DemoAccounts.Kind.PERSON)
                .map(account -> User.withUsername(account.name())
                        .password("{noop}" + account.password())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No demo account " + username));
    }
}
