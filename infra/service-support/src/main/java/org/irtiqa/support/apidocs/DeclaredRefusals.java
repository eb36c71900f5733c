package org.irtiqa.support.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** The 409 and 422 of a handler's {@link Refuses}, as responses of its operation. */
final class DeclaredRefusals implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Refuses refuses = handler.getMethodAnnotation(Refuses.class);
        if (refuses == null) {
            return operation;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (!refuses.conflict().isEmpty()) {
            operation.getResponses().addApiResponse("409", new ApiResponse().description(refuses.conflict()));
        }
        if (!refuses.unknown().isEmpty()) {
            operation.getResponses().addApiResponse("422", new ApiResponse().description(refuses.unknown()));
        }
        return operation;
    }
}
