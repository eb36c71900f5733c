package org.irtiqa.support.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.irtiqa.support.testapp.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/** The {@code sub} a demo account's access token carries, read from the token itself. */
final class AuditTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditTokens() {}

    static String subOf(String account) {
        String payload = TestTokens.token(account).split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .get("sub")
                .asText();
    }
}
