package org.irtiqa.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's in-memory store, minus client-credentials tokens: it would keep
 * every token it ever issued, and test runs and scripts ask for many, in a process that has 160 MB.
 * Nothing here needs one back: the services check the signature, not this store (a client-credentials
 * token is therefore neither introspectable nor revocable here). Codes, refresh tokens and the
 * dashboard's sessions are kept as usual.
 */
final class Authorizations implements OAuth2AuthorizationService {

    private final InMemoryOAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

    @Override
    public void save(OAuth2Authorization authorization) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            store.save(authorization);
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }
}
