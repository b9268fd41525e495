package uk.interchange.app.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.interchange.app.roadworks.store.ChangedBySomeoneElse;
import uk.interchange.app.roadworks.store.NoSuchWork;

/** The API's refusals as RFC 9457 problem details naming the field and the reason; never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrors {
    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> bad(BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "The request was not accepted", e.problems());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request was not accepted",
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request was not accepted",
                List.of(new FieldProblem(e.getName(), "is not a valid value: " + e.getValue())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooBig(MaxUploadSizeExceededException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large",
                List.of(new FieldProblem("file", "must be smaller than 8 MB")));
    }

    @ExceptionHandler(NoSuchWork.class)
    ResponseEntity<ProblemDetail> none(NoSuchWork e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
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
                                "updatedBy", e.latest().updatedBy(),
                                "updatedAt", e.latest().updatedAt().toString()));
        return r;
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
