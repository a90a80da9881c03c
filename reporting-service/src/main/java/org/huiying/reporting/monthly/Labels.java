package org.huiying.reporting.monthly;

import java.util.Map;

/** The Chinese names of the kinds and severities (wire names as keys). */
final class Labels {

    static final String NONE = "unclassified";
    static final String UNASSIGNED = "unassigned";

    private static final Map<String, String> KINDS = Map.of("complaint", "投诉", "suggestion", "建议",
            "opinion", "意见", "consultation", "咨询", "service-request", "网上办事", "other", "其他", NONE, "未分类");
    private static final Map<String, String> SEVERITIES = Map.of("general", "一般", "significant", "较大",
            "major", "重大", "critical", "特别重大", NONE, "未分级");

    private Labels() {
    }

    static String kind(String key) {
        return KINDS.getOrDefault(key, key);
    }

    static String severity(String key) {
        return SEVERITIES.getOrDefault(key, key);
    }
}
