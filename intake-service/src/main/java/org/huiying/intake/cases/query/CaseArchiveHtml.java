package org.huiying.intake.cases.query;

import org.huiying.support.html.SafeLinks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The archive as a printable HTML page (立卷归档), times in the deployment's zone. Every value is escaped; the post's
 * scraped address is a link only when it is an http(s) address ({@link SafeLinks}), else inert text.
 */
public final class CaseArchiveHtml {

    private CaseArchiveHtml() {
    }

    public static String render(CaseArchive archive, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        CaseSummary c = archive.summary();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>案件档案 ")
                .append(esc(archive.caseId())).append("</title><style>")
                .append("body{font-family:serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}")
                .append("@media print{a{color:black}}</style></head><body>")
                .append("<h1>网络问政案件档案 Case file</h1><table>");
        row(html, "案件编号 Case", archive.caseId());
        row(html, "标题 Title", c.title());
        row(html, "来源 Source", c.source() + " / " + nz(c.board()));
        html.append("<tr><th>").append(esc("原帖 Link")).append("</th><td>").append(SafeLinks.link(c.url()))
                .append("</td></tr>");
        row(html, "发帖人 Author", archive.author());
        row(html, "发帖时间 Posted", at(time, c.postedAt()));
        row(html, "分类 Kind / 等级 Severity", nz(c.kind()) + " / " + nz(c.severity()));
        row(html, "责任单位 Lead unit", unit(archive, c.leadUnitId()));
        row(html, "状态 Status", c.status());
        row(html, "满意度 Satisfaction", c.satisfaction());
        html.append("</table><h2>办理经过 History</h2><table><tr><th>#</th><th>时间 When</th><th>事项 What</th>")
                .append("<th>单位 Unit</th><th>经办 Who</th><th>渠道 Channel</th><th>内容 Detail</th></tr>");
        for (TimelineEntry entry : archive.entries()) {
            html.append("<tr><td>").append(entry.sequence() + 1).append("</td><td>")
                    .append(esc(at(time, entry.occurredAt()))).append("</td><td>").append(esc(entry.title()))
                    .append("<br><small>").append(esc(entry.type())).append("</small></td><td>")
                    .append(esc(unit(archive, entry.unitId()))).append("</td><td>").append(esc(nz(entry.actor())))
                    .append("</td><td>").append(esc(nz(entry.channel()))).append("</td><td>")
                    .append(esc(nz(entry.detail()))).append("</td></tr>");
        }
        html.append("</table><p>归档时间 Exported ").append(esc(at(time, archive.exportedAt())))
                .append(" · ").append(esc(archive.exportedBy())).append("</p></body></html>");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(nz(value))).append("</td></tr>");
    }

    private static String unit(CaseArchive archive, String unitId) {
        if (unitId == null) {
            return "";
        }
        String name = archive.unitNames().get(unitId);
        return name == null ? unitId : name + " (" + unitId + ")";
    }

    private static String at(DateTimeFormatter time, Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String esc(String value) {
        return SafeLinks.escape(value);
    }
}
