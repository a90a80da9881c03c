package org.huiying.sla.policy;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.Window;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deadline rules a deployment follows. Windows are read on the official calendar ({@link Window}).
 *
 * @param name                   the preset's name: {@code anji}, {@code municipal} or {@code township}
 * @param version                recorded on every deadline it sets, so a later change never rewrites history
 * @param responseWindow         first response (在线响应) after posting
 * @param answerWindow           final answer (办结答复) after posting, or after reopening
 * @param urgentAnswerWindow     the answer window of urgent cases; null when the policy has none
 * @param urgentFrom             the severity from which a case is urgent
 * @param extensionCap           an extended answer deadline is never later than this window after the answer clock
 *                               started (posting or reopening)
 * @param extensionLeadTime      an extension must be asked at least this long before the answer deadline
 * @param progressCadence        a case past its answer deadline needs a public progress update this often
 * @param sensitiveReportWindows report windows of sensitive incidents by severity (from their classification)
 * @param warningThreshold       the pre-breach warning fires when this fraction of a window has run
 * @param leadershipAfter        上报 when a case stays unanswered this long after its answer deadline
 * @param pauseForInformation    the answer clock pauses while the netizen is asked for missing information
 * @param pauseCap               a pause counts at most this long; a longer silence of the netizen counts again
 */
public record SlaPolicy(String name, String version, Window responseWindow, Window answerWindow,
                        Window urgentAnswerWindow, Severity urgentFrom, Window extensionCap,
                        Duration extensionLeadTime, Window progressCadence, Map<Severity, Window> sensitiveReportWindows,
                        double warningThreshold, Window leadershipAfter, boolean pauseForInformation,
                        Window pauseCap) {

    public SlaPolicy {
        sensitiveReportWindows = Map.copyOf(sensitiveReportWindows);
        if (warningThreshold <= 0 || warningThreshold >= 1) {
            throw new IllegalArgumentException("The warning threshold must be between 0 and 1: " + warningThreshold);
        }
    }

    public boolean isUrgent(Severity severity) {
        return urgentAnswerWindow != null && severity != null && urgentFrom != null
                && severity.compareTo(urgentFrom) >= 0;
    }

    public Window answerWindowFor(Severity severity) {
        return isUrgent(severity) ? urgentAnswerWindow : answerWindow;
    }

    /** The rules as text, the same for the same numbers: what the version's digest is taken of. */
    public String rules() {
        return "response=" + responseWindow + ";answer=" + answerWindow + ";urgentAnswer=" + urgentAnswerWindow
                + ";urgentFrom=" + urgentFrom + ";extensionCap=" + extensionCap + ";extensionLead="
                + extensionLeadTime + ";progress=" + progressCadence + ";sensitive="
                + new TreeMap<>(sensitiveReportWindows) + ";warning=" + warningThreshold + ";leadership="
                + leadershipAfter + (pauseForInformation ? ";pause=" + pauseCap : "");
    }
}
