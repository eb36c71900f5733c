package org.irtiqa.support.apidocs;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * A summary for every operation that has none of its own: the handler's verb, which is the one
 * verb the layers share ({@code enrol}, {@code withdraw}, {@code reschedule}), in words.
 */
final class OperationSummaries implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(words(handler.getMethod().getName()) + " (" + words(resource(handler)) + ")");
        }
        return operation;
    }

    private static String resource(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName();
        return controller.endsWith("Controller")
                ? controller.substring(0, controller.length() - "Controller".length())
                : controller;
    }

    /** {@code correctAssessment} → "Correct assessment". */
    static String words(String camelCase) {
        String spaced = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
