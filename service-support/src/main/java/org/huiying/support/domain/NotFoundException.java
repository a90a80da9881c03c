package org.huiying.support.domain;

/** What was asked for does not exist (a case, a unit). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
