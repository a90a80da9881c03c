package org.huiying.routing.slip;

import org.huiying.routing.assignmentview.AssignmentHistory;
import org.huiying.routing.assignmentview.AssignmentStep;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.huiying.support.html.SafeLinks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The dispatch slip (抄告单) of a case as a printable HTML page: the post, who answers it, and every step. Every
 * value is escaped; the post's scraped address is a link only when it is an http(s) address ({@link SafeLinks}).
 */
public final class DispatchSlip {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> STEPS = Map.of("assigned", "批办 dispatched",
            "queued-for-triage", "待分办 awaiting triage", "returned", "退回 returned",
            "transferred", "转办 transferred", "flagged-as-problem", "提级督办 problem case");

    private final ZoneId zone;

    public DispatchSlip(ZoneId zone) {
        this.zone = zone;
    }

    public String render(AssignmentHistory history, CasePost post, UnitDirectory directory, Instant printedAt) {
        String lead = history.leadUnitId() == null ? "待分办 awaiting triage" : name(directory, history.leadUnitId());
        String coUnits = history.coUnitIds().isEmpty() ? "—"
                : history.coUnitIds().stream().map(unit -> name(directory, unit)).collect(Collectors.joining("、"));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <title>网络舆情抄告单 %s</title>
                <style>body{font-family:"Songti SC","SimSun",serif;max-width:48em;margin:2em auto}
                h1{text-align:center;letter-spacing:.3em}table{border-collapse:collapse;width:100%%}
                th,td{border:1px solid #000;padding:.4em;text-align:left;vertical-align:top}
                th{width:8em;background:#f2f2f2}.problem{color:#b00;font-weight:bold}
                @media print{.noprint{display:none}}</style></head><body>
                <h1>网络舆情抄告单</h1>
                <p style="text-align:center">Dispatch slip · 案件编号 %s</p>
                <table>
                <tr><th>来源 Source</th><td>%s</td></tr>
                <tr><th>标题 Title</th><td>%s</td></tr>
                <tr><th>发帖时间 Posted</th><td>%s</td></tr>
                <tr><th>原帖 Link</th><td>%s</td></tr>
                <tr><th>内容 Post</th><td>%s</td></tr>
                <tr><th>牵头单位 Lead unit</th><td>%s</td></tr>
                <tr><th>协办单位 Co-units</th><td>%s</td></tr>
                <tr><th>退回/转办 Handovers</th><td>%d%s</td></tr>
                </table>
                <h2>办理经过 History</h2>
                <table><tr><th>时间 Time</th><th>环节 Step</th><th>单位 Unit</th><th>依据/经办 By</th>\
                <th>理由 Reason</th></tr>
                %s</table>
                <p>印发时间 Printed %s（%s）</p>
                <p class="noprint"><button onclick="window.print()">打印 Print</button></p>
                </body></html>
                """.formatted(htmlEscape(history.caseId()), htmlEscape(history.caseId()),
                text(post.source()) + (post.board() == null ? "" : " · " + text(post.board())),
                text(post.title()), time(post.postedAt()),
                post.url() == null ? "—" : SafeLinks.link(post.url()),
                text(post.body()).replace("\n", "<br>"), htmlEscape(lead), htmlEscape(coUnits),
                history.handovers(), history.problem()
                        ? " <span class=\"problem\">提级督办 " + text(history.problemReason()) + "</span>" : "",
                rows(history.steps(), directory), time(printedAt), zone);
    }

    private String rows(List<AssignmentStep> steps, UnitDirectory directory) {
        StringBuilder rows = new StringBuilder();
        for (AssignmentStep step : steps) {
            String unit = step.unitId() == null ? "" : name(directory, step.unitId());
            if (step.fromUnitId() != null) {
                unit = name(directory, step.fromUnitId()) + " → " + unit;
            }
            if (!step.coUnitIds().isEmpty()) {
                unit += "（协办 " + step.coUnitIds().stream().map(id -> name(directory, id))
                        .collect(Collectors.joining("、")) + "）";
            }
            String by = step.ruleId() != null ? "规则 rule " + step.ruleId()
                    : step.decidedBy() == null ? "" : step.decidedBy();
            rows.append("<tr><td>").append(time(step.at())).append("</td><td>")
                    .append(htmlEscape(STEPS.getOrDefault(step.step(), step.step()))).append("</td><td>")
                    .append(htmlEscape(unit)).append("</td><td>").append(htmlEscape(by)).append("</td><td>")
                    .append(text(step.reason())).append("</td></tr>\n");
        }
        return rows.toString();
    }

    private static String name(UnitDirectory directory, String unitId) {
        return directory.unit(unitId).map(Unit::name).orElse(unitId);
    }

    private String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private static String text(String value) {
        return value == null ? "—" : htmlEscape(value);
    }
}
