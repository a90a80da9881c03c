package org.huiying.sla.clock;

import java.time.Instant;

/**
 * The fact that made a case's clock look again at its verdicts and ladder steps: its wire type (e.g.
 * {@code answer-published}, or {@code sweep} when the source's watermark moved on) and its own time. A step or a
 * verdict withdrawn or replaced names it.
 */
public record Cause(String type, Instant at) {

    public static Cause sweep(Instant horizon) {
        return new Cause("sweep", horizon);
    }
}
