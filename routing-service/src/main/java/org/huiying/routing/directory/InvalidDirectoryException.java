package org.huiying.routing.directory;

/** A directory file that cannot be used; the message names the line and the field. */
public class InvalidDirectoryException extends RuntimeException {

    private final Integer line;
    private final String field;

    public InvalidDirectoryException(String message) {
        this(message, null, null, null);
    }

    public InvalidDirectoryException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public InvalidDirectoryException(String message, Integer line, String field, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.field = field;
    }

    /** The 1-based line of the file, when known. */
    public Integer line() {
        return line;
    }

    /** The field, as a path such as {@code rules[3].lead}, when known. */
    public String field() {
        return field;
    }
}
