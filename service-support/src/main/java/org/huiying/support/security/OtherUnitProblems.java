package org.huiying.support.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** A unit user acting in another unit's name, as a 403 problem naming the unit asked for. */
@RestControllerAdvice
public class OtherUnitProblems {

    @ExceptionHandler(OtherUnitException.class)
    public ProblemDetail otherUnit(OtherUnitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("urn:huiying:problem:other-unit"));
        problem.setTitle("Not your unit 非本单位");
        problem.setProperty("unitId", e.requestedUnitId());
        return problem;
    }
}
