package org.irtiqa.support.web.csv;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV exports for any list a controller returns as {@link CsvItems}: the converter, placed after
 * the JSON one (so that JSON stays the default), and its JSON ({@link ItemsJsonConverter}, first), and content negotiation by {@code ?format=}
 * ({@link CsvFormat}) before the {@code Accept} header. The negotiation is set as a whole list —
 * Spring's default is the header strategy alone — so {@code spring.mvc.contentnegotiation.*}
 * properties no longer apply; no service sets them.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CsvAutoConfiguration {

    @Bean
    WebMvcConfigurer irtiqaCsvExports(JsonMapper json) {
        CsvMessageConverter csv = new CsvMessageConverter(json);
        ItemsJsonConverter itemsJson = new ItemsJsonConverter(json);
        return new WebMvcConfigurer() {
            @Override
            public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                builder.configureMessageConvertersList(converters -> {
                    converters.add(0, itemsJson);
                    converters.add(csv);
                });
            }

            @Override
            public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
                configurer.strategies(List.of(new CsvFormat(), new HeaderContentNegotiationStrategy()));
            }
        };
    }
}
