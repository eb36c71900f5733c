package org.irtiqa.support.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.irtiqa.support.web.csv.CsvFormat;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * api.md: "a filter is never silently ignored". A query parameter the endpoint does not declare is
 * a 400 naming it (`?participantId=` on an endpoint without that filter would otherwise answer
 * everyone's rows), and so is a code-valued filter ({@code …Code}) that no institution or cohort
 * could have. The declared names come from the handler method itself — its {@code @RequestParam}
 * parameters and the properties of a {@code @ModelAttribute} — so they cannot drift from the controllers.
 * An endpoint that offers CSV ({@link CsvFormat#offeredBy}) also has {@code format}, csv or json.
 * Only this project's controllers are checked; Spring's own endpoints keep their parameters.
 */
final class QueryParameters implements HandlerInterceptor {

    /** The code shape of api.md "Conventions". */
    static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,31}$");

    static final String CODE_MESSAGE =
            "is not a valid code: 2–32 capital letters, digits, '_' or '-', not starting with '_' or '-'";

    private static final String OWN_PACKAGE = "org.irtiqa.";

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Declared> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(OWN_PACKAGE)
                || request.getQueryString() == null) {
            return true;
        }
        Declared names = declared.computeIfAbsent(method, QueryParameters::declaredBy);
        List<FieldProblem> problems = new ArrayList<>();
        query(request.getQueryString()).forEach((name, value) -> {
            if (!names.any() && !names.names().contains(name)) {
                problems.add(new FieldProblem(name, "is not a parameter of this endpoint"));
            } else if (names.csv() && name.equals(CsvFormat.PARAMETER) && !CsvFormat.isKnown(value)) {
                problems.add(new FieldProblem(name, CsvFormat.MESSAGE));
            } else if (name.endsWith("Code")
                    && !value.isEmpty()
                    && !CODE.matcher(value).matches()) {
                problems.add(new FieldProblem(name, CODE_MESSAGE));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The request has invalid query parameters", problems);
        }
        return true;
    }

    /** The query's parameters, decoded, each with its first value, in the order given. */
    private static Map<String, String> query(String queryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static Declared declaredBy(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        boolean any = false;
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(PARAMETER_NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
                any = true; // reads the raw parameters and checks them itself (e.g. AuditQuery)
            } else if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    any = true;
                }
                String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                names.add(name);
            } else if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)) {
                // not from the query
            } else if (BeanUtils.isSimpleProperty(type)) {
                names.add(parameter.getParameterName());
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                names.addAll(boundNames(type));
            }
        }
        boolean csv = CsvFormat.offeredBy(method);
        if (csv) {
            names.add(CsvFormat.PARAMETER);
        }
        return new Declared(Set.copyOf(names), any, csv);
    }

    private static List<String> boundNames(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .filter(p -> p.getWriteMethod() != null)
                .map(PropertyDescriptor::getName)
                .toList();
    }

    private record Declared(Set<String> names, boolean any, boolean csv) {}
}
