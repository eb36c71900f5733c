package org.irtiqa.support.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * Keeps the bytes and target type of a JSON request body for the length of the request, so that
 * when Jackson stops at the first bad field {@link WholeBodyProblems} can still report every
 * invalid field of the body in one answer (api.md: "a request is validated whole"). Bodies are
 * small (1 MiB at most, {@link BodySizeFilter}), so holding one in memory costs nothing new.
 */
@ControllerAdvice
final class BodyCapture implements RequestBodyAdvice {

    private static final String ATTRIBUTE = BodyCapture.class.getName();

    /** A JSON body as it was sent, and the type the endpoint wanted it read into. */
    record Captured(byte[] bytes, Type targetType) {}

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        MediaType contentType = input.getHeaders().getContentType();
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType) || attributes == null) {
            return input;
        }
        byte[] bytes = input.getBody().readAllBytes();
        attributes.setAttribute(ATTRIBUTE, new Captured(bytes, targetType), RequestAttributes.SCOPE_REQUEST);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    @Override
    public Object handleEmptyBody(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    /** The body of the current request, or null when it was not JSON or not read yet. */
    static Captured current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? null
                : (Captured) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
