package org.irtiqa.support.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;

/** The document's title, version and sign-in: a bearer token on every operation (security.md). */
final class ApiDescription implements OpenApiCustomizer {

    static final String BEARER = "bearer";

    private final String service;
    private final BuildProperties build;

    ApiDescription(String service, BuildProperties build) {
        this.service = service;
        this.build = build;
    }

    @Override
    public void customise(OpenAPI api) {
        String version = build != null ? build.getVersion() : versionOfThisBuild();
        api.info(new Info()
                .title("Irtiqa " + service + " API")
                .version(version)
                .description("The " + service + " of Irtiqa, the national digital-leadership readiness programme."
                        + " Every operation needs a bearer token of the organisation's identity provider"
                        + " with a role that allows it; errors are RFC 9457 problem details."));
        api.getComponents()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT"));
        api.addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static String versionOfThisBuild() {
        String version = ApiDescription.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
