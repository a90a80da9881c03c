package org.huiying.contracts;

/** Every Kafka topic name of the system, and the dead-letter topic of each. */
public final class Topics {

    public static final String SCRAPER_POSTS = "scraper.posts.v1";
    public static final String INTAKE_CASES = "intake.cases.v1";
    public static final String INTAKE_WATERMARKS = "intake.watermarks.v1";
    public static final String ROUTING_ASSIGNMENTS = "routing.assignments.v1";
    public static final String ROUTING_UNITS = "routing.units.v1";
    public static final String SLA_DEADLINES = "sla.deadlines.v1";
    public static final String SLA_EXTENSIONS = "sla.extensions.v1";
    public static final String SLA_ESCALATIONS = "sla.escalations.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    public static final String SCRAPER_POSTS_DLT = SCRAPER_POSTS + DEAD_LETTER_SUFFIX;
    public static final String INTAKE_CASES_DLT = INTAKE_CASES + DEAD_LETTER_SUFFIX;
    public static final String INTAKE_WATERMARKS_DLT = INTAKE_WATERMARKS + DEAD_LETTER_SUFFIX;
    public static final String ROUTING_ASSIGNMENTS_DLT = ROUTING_ASSIGNMENTS + DEAD_LETTER_SUFFIX;
    public static final String ROUTING_UNITS_DLT = ROUTING_UNITS + DEAD_LETTER_SUFFIX;
    public static final String SLA_DEADLINES_DLT = SLA_DEADLINES + DEAD_LETTER_SUFFIX;
    public static final String SLA_EXTENSIONS_DLT = SLA_EXTENSIONS + DEAD_LETTER_SUFFIX;
    public static final String SLA_ESCALATIONS_DLT = SLA_ESCALATIONS + DEAD_LETTER_SUFFIX;

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
