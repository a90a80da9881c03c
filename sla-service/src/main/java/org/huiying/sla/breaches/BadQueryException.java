package org.huiying.sla.breaches;

/** A query parameter that cannot be read; answered 400 naming the field. */
class BadQueryException extends RuntimeException {

    private final String field;

    BadQueryException(String field, String message) {
        super("Invalid parameter '" + field + "': " + message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
