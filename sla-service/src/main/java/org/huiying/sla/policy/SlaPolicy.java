package org.huiying.sla.policy;

import java.time.Duration;

/**
 * The deadline rules a deployment follows.
 *
 * @param name              the preset's name, e.g. {@code anji}
 * @param version           recorded on every deadline it sets, so a later change never rewrites history silently
 * @param responseWindow    first response (在线响应) within this many calendar hours of posting
 * @param answerWorkingDays final answer (办结答复) within this many working days of posting
 */
public record SlaPolicy(String name, String version, Duration responseWindow, int answerWorkingDays) {

    /** 安吉县 (2010): respond within 24 hours, answer within 3 working days. */
    public static SlaPolicy anji() {
        return new SlaPolicy("anji", "anji@1", Duration.ofHours(24), 3);
    }
}
