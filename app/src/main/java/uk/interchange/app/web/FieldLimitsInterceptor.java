package uk.interchange.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks every parameter of a request (query string, form post, the text fields of a multipart upload) against
 * {@link FieldLimits} before any controller reads it; a request with a field over its limit, or holding a control
 * character, is refused whole with {@link BadRequest}, which {@link Errors} answers as 400: problem details naming
 * each field and its limit for programs, the GOV.UK error summary for browsers. Nothing has been read or stored.
 */
@Component
public class FieldLimitsInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || handler instanceof HandlerMethod m && ErrorController.class.isAssignableFrom(m.getBeanType())) {
            return true; // the error page shows a problem already found
        }
        String path = request.getRequestURI();
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            for (String value : p.getValue()) {
                var problem = FieldLimits.check(path, p.getKey(), value);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    break; // one problem a field is enough to say what to change
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return true;
    }
}
