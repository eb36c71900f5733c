package org.irtiqa.localstack.spring;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.irtiqa.localstack.LocalStack;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application at the JVM's shared {@link LocalStack}: its own database on the shared
 * PostgreSQL server, the Kafka broker, the schema registry and the local identity provider (whose
 * tokens a test gets from {@code AccessTokens.of(issuerUri).token("admin")}). The properties take precedence over
 * everything else, so no application.yml can aim a test at a server that is not there.
 *
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;ContextConfiguration(initializers = LocalStackInitializer.class)
 * </pre>
 *
 * The database is {@code irtiqa.test.database}, else {@code spring.application.name} with '-' made
 * '_', else {@code app}; it is created if missing and shared by every context of the JVM that names it.
 */
public class LocalStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE = "irtiqa-local-stack";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        LocalStack stack = LocalStack.shared();
        String database = databaseName(environment);
        stack.postgres().createDatabase(database);
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", stack.postgres().jdbcUrl(database),
                "spring.datasource.username", stack.postgres().username(),
                "spring.datasource.password", stack.postgres().password(),
                "spring.kafka.bootstrap-servers", stack.kafka().bootstrapServers(),
                "irtiqa.schema-registry.url", stack.registry().confluentApiUrl(),
                "irtiqa.security.issuer-uri", stack.identityProvider().issuerUri()));
        if (stack.kafka().size() > 1) {
            // on a cluster, the topics a service declares are replicated like production's
            properties.put(
                    "irtiqa.topics.replication", String.valueOf(stack.kafka().replicationFactor()));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        closeBeforeTheStackStops(context);
    }

    /**
     * Spring Boot's shutdown hook and the stack's run at the same time, in no order, and a context
     * whose Kafka consumers close after their broker stopped waits their 30 s close timeout (which
     * Surefire ends by halting the fork). So the stack's hook closes the context first and waits
     * until it is closed through: a close already under way in Spring's hook returns at once, so
     * it waits for the context's first disposable bean, which is destroyed last.
     */
    private static void closeBeforeTheStackStops(ConfigurableApplicationContext context) {
        CountDownLatch destroyed = new CountDownLatch(1);
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("irtiqaLocalStackCloseSignal", destroyed::countDown);
        // weakly: a context the test framework closes and drops is not kept alive until the JVM ends
        WeakReference<ConfigurableApplicationContext> weakly = new WeakReference<>(context);
        LocalStack.stopBeforeTheServersOnExit(() -> {
            ConfigurableApplicationContext still = weakly.get();
            if (still == null) {
                return;
            }
            still.close();
            try {
                destroyed.await(25, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static String databaseName(ConfigurableEnvironment environment) {
        String explicit = environment.getProperty("irtiqa.test.database");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String application = environment.getProperty("spring.application.name");
        return application == null || application.isBlank() ? "app" : application.replace('-', '_');
    }
}
