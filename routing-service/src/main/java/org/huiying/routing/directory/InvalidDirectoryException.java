package org.huiying.routing.directory;

/** A directory file that cannot be used; the message names the line and the field. */
public class InvalidDirectoryException extends RuntimeException {

    public InvalidDirectoryException(String message) {
        super(message);
    }

    public InvalidDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
