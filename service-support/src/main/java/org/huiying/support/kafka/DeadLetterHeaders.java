package org.huiying.support.kafka;

/** Headers this system adds to every record it sends to a dead-letter topic (besides spring-kafka's own). */
public final class DeadLetterHeaders {

    /** Why the record could not be processed, in words a person can act on. */
    public static final String REASON = "huiying-dlt-reason";
    /** The service whose consumer gave up on the record. */
    public static final String CONSUMER = "huiying-dlt-consumer";

    private DeadLetterHeaders() {
    }
}
