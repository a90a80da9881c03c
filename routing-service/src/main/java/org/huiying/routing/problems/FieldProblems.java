package org.huiying.routing.problems;

import org.huiying.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Answers a bad request body with the shared problem response naming the field. Spring Boot's own problem-details
 * handler is ordered before the shared advice and would answer without the fields, so this one goes first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FieldProblems {

    private final ProblemResponses problems = new ProblemResponses();

    @ExceptionHandler(WebExchangeBindException.class)
    public ProblemDetail invalidBody(WebExchangeBindException e) {
        return problems.invalidBody(e);
    }

    @ExceptionHandler(ServerWebInputException.class)
    public ProblemDetail unreadableInput(ServerWebInputException e) {
        return problems.unreadableInput(e);
    }
}
