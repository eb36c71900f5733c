package org.irtiqa.support.web;

import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every invalid field of a JSON body in one answer. Jackson stops at the first value it cannot
 * read (an unknown governorate), and Bean Validation runs only on a body that was read, so a
 * client fixing one field would learn of the next only on the next try. Called only after reading
 * failed, this reads each field of the record on its own with the same rules, then validates the
 * fields that could be read, and reports both kinds together in the order of the record.
 */
final class WholeBodyProblems {

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;

    WholeBodyProblems(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator == null ? null : new SpringValidatorAdapter(validator);
    }

    /** The problems of the body, or null when it is not a JSON object read into a record. */
    List<FieldProblem> of(BodyCapture.Captured body) {
        if (body == null) {
            return null;
        }
        JavaType target = json.constructType(body.targetType());
        if (!target.getRawClass().isRecord()) {
            return null;
        }
        JsonNode tree;
        try {
            tree = json.readTree(body.bytes());
        } catch (JacksonException malformed) {
            return null;
        }
        if (!(tree instanceof ObjectNode object)) {
            return null;
        }
        RecordComponent[] components = target.getRawClass().getRecordComponents();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        ObjectNode readable = object.deepCopy();
        for (RecordComponent component : components) {
            JsonNode value = object.get(component.getName());
            FieldProblem problem = value == null ? null : readProblem(component, value);
            if (problem != null) {
                problems.add(problem);
                unreadable.add(component.getName());
                placeholder(readable, component);
            }
        }
        problems.addAll(validationProblems(readable, target, unreadable));
        problems.sort(Comparator.comparingInt(p -> position(components, p.field())));
        return problems;
    }

    /** Null when the value reads as the component's type. */
    private FieldProblem readProblem(RecordComponent component, JsonNode value) {
        String name = component.getName();
        if (value.isNull() && component.getType().isPrimitive()) {
            return new FieldProblem(name, "must not be null");
        }
        try {
            json.readerFor(json.getTypeFactory().constructType(component.getGenericType()))
                    .readValue(value);
            return null;
        } catch (JacksonException e) {
            String inner = JsonProblems.path(e);
            String path = inner.isEmpty() || inner.startsWith("[") ? name + inner : name + "." + inner;
            return new FieldProblem(path, JsonProblems.messageOf(e));
        }
    }

    /** A value that reads, so that the rest of the record can still be built and validated. */
    private static void placeholder(ObjectNode readable, RecordComponent component) {
        Class<?> type = component.getType();
        if (type == boolean.class) {
            readable.put(component.getName(), false);
        } else if (type.isPrimitive()) {
            readable.put(component.getName(), 0);
        } else {
            readable.remove(component.getName());
        }
    }

    private List<FieldProblem> validationProblems(ObjectNode readable, JavaType target, Set<String> unreadable) {
        if (validator == null) {
            return List.of();
        }
        Object partial;
        try {
            partial = json.readerFor(target).readValue(readable);
        } catch (JacksonException stillUnreadable) {
            return List.of();
        }
        var result = new DirectFieldBindingResult(partial, "body");
        validator.validate(partial, result);
        return result.getFieldErrors().stream()
                .filter(error -> !unreadable.contains(root(error.getField())))
                .map(error -> new FieldProblem(
                        error.getField(), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList();
    }

    private static int position(RecordComponent[] components, String field) {
        String root = root(field);
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(root)) {
                return i;
            }
        }
        return components.length;
    }

    private static String root(String field) {
        int end = field.length();
        for (char stop : new char[] {'.', '['}) {
            int at = field.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }
}
