package org.irtiqa.support.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The error responses of api.md "Conventions" on each operation, each an RFC 9457 problem: 401
 * and 403 on every operation of the API (all need a token and a role), 400 where there is input
 * to be invalid, 404 where the path names a resource, 413 and 415 where there is a body — and any
 * status a controller declares itself (409, 422 with their problem types) gets the same schema.
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEMA = "Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid input: every invalid field is listed in errors",
            "401", "No valid bearer token",
            "403", "The token's role does not allow this, or the institution is not the caller's",
            "404", "No such resource",
            "409", "Conflicts with the current state",
            "413", "The body is too large",
            "415", "The body is not of the accepted content type",
            "422", "The body refers to something this service does not know");

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(SCHEMA, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperations().forEach(operation -> describe(path, operation));
        });
    }

    private static void describe(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())));
        add(responses, "401");
        add(responses, "403");
        if (hasInput) {
            add(responses, "400");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (hasBody) {
            add(responses, "413");
            add(responses, "415");
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMA))));
            }
        });
    }

    private static void add(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(DESCRIPTIONS.get(status)));
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("The invalid field or parameter"));
        error.addProperty("message", new StringSchema().description("What is wrong with it, in plain words"));
        error.addProperty("line", new IntegerSchema().description("The CSV line (1 is the header), for imports"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri").description("One URI per kind of problem"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("In plain words"));
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }
}
