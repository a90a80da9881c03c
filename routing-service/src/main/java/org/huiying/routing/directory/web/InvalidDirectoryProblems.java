package org.huiying.routing.directory.web;

import org.huiying.routing.directory.InvalidDirectoryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** A refused directory file as a 422 problem naming the line and the field; the directory in force is unchanged. */
@RestControllerAdvice
public class InvalidDirectoryProblems {

    static final String RULE = "directory.invalid-file";

    @ExceptionHandler(InvalidDirectoryException.class)
    public ProblemDetail invalidFile(InvalidDirectoryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(URI.create("urn:huiying:problem:rule:" + RULE));
        problem.setTitle("Refused by rule " + RULE + " 名录文件有误");
        problem.setProperty("rule", RULE);
        problem.setProperty("line", e.line());
        problem.setProperty("field", e.field());
        return problem;
    }
}
