package uk.interchange.app.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks the text of every JSON body ({@code @RequestBody} records, such as the search API's {@code {query, reason,
 * caseReference}}) against {@link FieldLimits}, field by field, as soon as it is read and before the controller sees
 * it. While it is read, the parser's own bounds ({@code spring.jackson.factory.constraints.read.*}) keep a body, a
 * string and its nesting small enough that a hostile body is refused without being held in memory.
 */
@ControllerAdvice
public class JsonBodyLimits extends RequestBodyAdviceAdapter {
    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRequestURI()
                : "";
        List<FieldProblem> problems = new ArrayList<>();
        walk(path, "body", body, problems);
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return body;
    }

    /** Each string in the body, named by the field that holds it (a list's items by the list's name). */
    private static void walk(String path, String name, Object value, List<FieldProblem> problems) {
        switch (value) {
            case null -> {}
            case String s -> FieldLimits.check(path, name, s).ifPresent(problems::add);
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    walk(path, c.getName(), component(r, c), problems);
                }
            }
            case Collection<?> items -> items.forEach(i -> walk(path, name, i, problems));
            case Map<?, ?> m -> m.forEach((k, v) -> walk(path, String.valueOf(k), v, problems));
            default -> {}
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
        }
    }
}
