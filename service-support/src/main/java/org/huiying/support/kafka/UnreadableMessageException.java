package org.huiying.support.kafka;

/**
 * A consumed record that can never be processed as it is (bad JSON, a missing field, an unknown type). It is sent to
 * the topic's dead-letter topic at once, with this message as the reason; retrying would not help.
 */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String reason) {
        super(reason);
    }

    public UnreadableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
