package org.huiying.sla.policy;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.Window;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers a deployment changes in its preset ({@code huiying.sla.rules.*}); blank means "as the preset says".
 * Windows are written {@code 24h}, {@code 3d}, {@code 3wh} or {@code 3wd}; sensitive report windows as
 * {@code major=4h,critical=2h}; the extension lead time as an ISO duration ({@code PT2H}); the pause switch as
 * {@code true}/{@code false}.
 */
@ConfigurationProperties("huiying.sla.rules")
public record PolicyOverrides(String responseWindow, String answerWindow, String urgentAnswerWindow,
                              String urgentFrom, String extensionCap, String extensionLeadTime,
                              String progressCadence, String sensitiveReportWindows, String warningThreshold,
                              String leadershipAfter, String pauseForInformation, String pauseCap) {

    public static PolicyOverrides none() {
        return new PolicyOverrides(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The preset with these numbers changed; its version gets a digest of the rules when anything changed. */
    public SlaPolicy applyTo(SlaPolicy preset) {
        SlaPolicy changed = new SlaPolicy(preset.name(), preset.version(),
                window(responseWindow, preset.responseWindow()), window(answerWindow, preset.answerWindow()),
                window(urgentAnswerWindow, preset.urgentAnswerWindow()),
                blank(urgentFrom) ? preset.urgentFrom() : severity(urgentFrom),
                window(extensionCap, preset.extensionCap()),
                blank(extensionLeadTime) ? preset.extensionLeadTime() : Duration.parse(extensionLeadTime.trim()),
                window(progressCadence, preset.progressCadence()),
                blank(sensitiveReportWindows) ? preset.sensitiveReportWindows() : sensitive(sensitiveReportWindows),
                blank(warningThreshold) ? preset.warningThreshold() : Double.parseDouble(warningThreshold.trim()),
                window(leadershipAfter, preset.leadershipAfter()),
                blank(pauseForInformation) ? preset.pauseForInformation() : bool(pauseForInformation),
                window(pauseCap, preset.pauseCap()));
        if (changed.rules().equals(preset.rules())) {
            return preset;
        }
        return new SlaPolicy(changed.name(), preset.version() + "+" + digest(changed.rules()),
                changed.responseWindow(), changed.answerWindow(), changed.urgentAnswerWindow(), changed.urgentFrom(),
                changed.extensionCap(), changed.extensionLeadTime(), changed.progressCadence(),
                changed.sensitiveReportWindows(), changed.warningThreshold(), changed.leadershipAfter(),
                changed.pauseForInformation(), changed.pauseCap());
    }

    private static Window window(String text, Window preset) {
        return blank(text) ? preset : Window.parse(text);
    }

    private static Severity severity(String text) {
        return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    private static Map<Severity, Window> sensitive(String text) {
        Map<Severity, Window> windows = new EnumMap<>(Severity.class);
        for (String entry : text.split(",")) {
            String[] pair = entry.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("Sensitive report window must be severity=window: " + entry);
            }
            windows.put(severity(pair[0]), Window.parse(pair[1]));
        }
        return windows;
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException("Pause for information must be true or false: " + text);
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String digest(String rules) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(rules.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
