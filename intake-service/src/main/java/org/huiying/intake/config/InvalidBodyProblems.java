package org.huiying.intake.config;

import org.huiying.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;

/**
 * Answers an invalid request body with the shared problem response that names each field. Needed because Spring
 * Boot's own problem-details handler (spring.webflux.problemdetails) would otherwise answer first, without the fields.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidBodyProblems {

    private final ProblemResponses problems;

    public InvalidBodyProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(WebExchangeBindException.class)
    public ProblemDetail invalidBody(WebExchangeBindException e) {
        return problems.invalidBody(e);
    }
}
