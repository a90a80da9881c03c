package org.huiying.support.web;

import org.springframework.web.server.ServerWebInputException;

/** A query parameter that cannot be read; {@link ProblemResponses} answers 400 with the parameter as {@code field}. */
public class InvalidParameterException extends ServerWebInputException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super("Invalid parameter '" + field + "': " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
