package org.huiying.support.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every REST error as an RFC 7807 problem response with its real status, naming the rule or the field. Ordered first,
 * so that Spring Boot's generic problem handler does not answer a bad request without naming its field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    private static final String TYPE_BASE = "urn:huiying:problem:";

    @ExceptionHandler(RuleViolationException.class)
    public ProblemDetail ruleViolated(RuleViolationException e) {
        HttpStatus status = e.kind() == RuleViolationException.Kind.CONFLICT
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "rule:" + e.rule()));
        problem.setTitle("Refused by rule " + e.rule());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof RuleViolationException violation) {
            return ruleViolated(violation);
        }
        throw e;
    }

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(WebExchangeBindException.class)
    public ProblemDetail invalidBody(WebExchangeBindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(ProblemResponses::describe).toList();
        String fields = String.join(", ", errors.stream().map(error -> error.get("field")).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid field(s): " + fields);
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ServerWebInputException.class)
    public ProblemDetail unreadableInput(ServerWebInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getReason());
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Invalid request");
        if (e instanceof InvalidParameterException invalid) {
            problem.setProperty("field", invalid.field());
        } else if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null) {
            problem.setProperty("field", e.getMethodParameter().getParameterName());
        }
        return problem;
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }
}
