package org.irtiqa.localstack.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class LocalStackInitializerTest {

    @Test
    void pointsTheApplicationAtItsOwnDatabaseKafkaTheRegistryAndTheIdentityProvider() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "app",
                            Map.of(
                                    "spring.application.name", "registration-service",
                                    "spring.datasource.url", "jdbc:postgresql://nowhere/db")));

            new LocalStackInitializer().initialize(context);

            var environment = context.getEnvironment();
            String url = environment.getProperty("spring.datasource.url");
            assertThat(url).endsWith("/registration_service");
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                    .startsWith("127.0.0.1:");
            assertThat(environment.getProperty("irtiqa.schema-registry.url")).endsWith("/apis/ccompat/v7");
            assertThat(environment.getProperty("irtiqa.security.issuer-uri")).matches("http://127\\.0\\.0\\.1:\\d+");
            try (var connection = DriverManager.getConnection(
                    url,
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"))) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }
}
