package uk.interchange.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import uk.interchange.app.roadworks.store.ChangedBySomeoneElse;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.roadworks.store.WorkJsonTree;

/**
 * Refusals, never a stack trace: for the API (and any client that does not ask for HTML) RFC 9457 problem details
 * naming the field and the reason; for a browser, the error page with the same words.
 */
@ControllerAdvice
public class Errors {
    @ExceptionHandler(BadRequest.class)
    Object bad(BadRequest e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "The request was not accepted", e.problems());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "The request was not accepted",
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "The request was not accepted",
                List.of(new FieldProblem(e.getName(), "is not a valid value: " + e.getValue())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooBig(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large",
                List.of(new FieldProblem("file", "must be smaller than 8 MB")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        FieldProblem problem = JsonBounds.problem(e, request.getRequestURI())
                .orElse(
                        new FieldProblem(
                                "body",
                                "is not the JSON this endpoint takes: see its fields in /api/openapi.yaml (such as {\"text\":"
                                        + " ..., \"status\": ...} for a work, {\"query\": ..., \"reason\": ...} for a search)"));
        return answer(request, HttpStatus.BAD_REQUEST, "The request was not accepted", List.of(problem));
    }

    @ExceptionHandler(NoSuchWork.class)
    Object none(NoSuchWork e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found: " + e.getMessage(), List.of());
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found: " + e.getMessage(), List.of());
    }

    @ExceptionHandler(ChangedBySomeoneElse.class)
    ResponseEntity<ProblemDetail> conflict(ChangedBySomeoneElse e) {
        ResponseEntity<ProblemDetail> r = problem(
                HttpStatus.CONFLICT, "Changed by someone else", List.of(new FieldProblem("version", e.getMessage())));
        r.getBody()
                .setProperty(
                        "latest",
                        Map.of(
                                "version", e.latest().version(),
                                "status", e.latest().status().code(),
                                "updatedBy", e.latest().updatedBy(),
                                "updatedAt", e.latest().updatedAt().toString(),
                                "work", WorkJsonTree.of(e.latest().work())));
        return r;
    }

    /** Problem details for programs; the error page for browsers. */
    static Object answer(HttpServletRequest request, HttpStatus status, String title, List<FieldProblem> problems) {
        String accept = request.getHeader("Accept");
        boolean browser = accept != null
                && accept.contains("text/html")
                && !request.getRequestURI().startsWith("/api/");
        if (!browser) {
            return problem(status, title, problems);
        }
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("title", title);
        page.addObject("problems", problems);
        return page;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<FieldProblem> problems) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (!problems.isEmpty()) {
            p.setDetail(problems.get(0).field() + " " + problems.get(0).reason());
            p.setProperty("errors", problems);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
