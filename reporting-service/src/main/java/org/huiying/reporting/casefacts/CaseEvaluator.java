package org.huiying.reporting.casefacts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Folds a case's facts, in event-time order, into the figures it counts in as of an instant. A pure function of the
 * set of facts: the arrival order and redeliveries cannot change the result. The rules (README, "Assessment"):
 * <ul>
 *   <li>the case counts for its current lead unit (the latest assignment or transfer; a return or the triage queue
 *       leaves it without one) in the month it was posted, in the configured zone;</li>
 *   <li>on time means sla said so: the latest {@code deadline-met}/{@code deadline-missed} of each deadline kind,
 *       never recomputed here (an extension moves the deadline sla judges against); a verdict a later one replaced,
 *       and a ladder step sla withdrew, count nowhere and at no time (the facts showed they should never have
 *       stood);</li>
 *   <li>after a reopening (重办) the case counts as answered, and as implemented, only once answered again;
 *       the latest rating stands until the netizen rates again;</li>
 *   <li>extensions, urges, supervisions, public notices and returns count for the unit the event names.</li>
 * </ul>
 */
public final class CaseEvaluator {

    private final ZoneId zone;

    public CaseEvaluator(ZoneId zone) {
        this.zone = zone;
    }

    public CaseState evaluate(CaseRecord record) {
        return evaluate(record, CaseState.end());
    }

    public CaseState evaluate(CaseRecord record, Instant asOf) {
        PostInfo post = record.post();
        if (post == null || post.receivedAt().isAfter(asOf)) {
            return CaseState.notPosted(record.caseId());
        }
        Set<String> takenBack = record.facts().values().stream().map(CaseFact::takesBack)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<CaseFact> facts = record.facts().values().stream()
                .filter(f -> !f.at().isAfter(asOf) && !takenBack.contains(f.eventId())
                        && f.type() != FactType.ESCALATION_WITHDRAWN)
                .sorted(CaseFact.CHRONOLOGICAL).toList();
        Fold fold = new Fold();
        facts.forEach(fold::apply);
        return new CaseState(record.caseId(), true, post.postedAt().atZone(zone).toLocalDate(), fold.lead,
                fold.kind, fold.severity, post, fold.figures());
    }

    /** The running state of one fold. */
    private static final class Fold {
        String lead;
        String kind;
        String severity;
        boolean acknowledged;
        Instant answeredAt;
        Instant implementedAt;
        Instant reopenedAt;
        boolean closed;
        String rating;
        final Map<String, FactType> verdicts = new TreeMap<>();
        final Map<String, Set<Figure>> acts = new TreeMap<>();

        void apply(CaseFact f) {
            switch (f.type()) {
                case ASSIGNED, TRANSFERRED -> lead = f.unitId();
                case RETURNED -> {
                    act(f, Figure.RETURNED);
                    lead = null;
                }
                case QUEUED -> lead = null;
                case CLASSIFIED -> {
                    String[] parts = f.code().split("/", 2);
                    kind = parts[0].isEmpty() ? null : parts[0];
                    severity = parts.length < 2 || parts[1].isEmpty() ? null : parts[1];
                }
                case ACKNOWLEDGED -> acknowledged = true;
                case ANSWERED -> answeredAt = f.at();
                case IMPLEMENTED -> implementedAt = f.at();
                case RATED -> rating = f.code();
                case REOPENED -> {
                    reopenedAt = f.at();
                    closed = false;
                }
                case CLOSED -> closed = true;
                case DEADLINE_MET, DEADLINE_MISSED -> verdicts.put(f.code(), f.type());
                case ESCALATION_WITHDRAWN -> {
                    // filtered out above, with the step it withdraws
                }
                case EXTENDED -> act(f, Figure.EXTENDED);
                case ESCALATED -> escalation(f);
                default -> throw new IllegalStateException("Unhandled fact " + f.type());
            }
        }

        private void escalation(CaseFact f) {
            switch (f.code()) {
                case "urge" -> act(f, Figure.URGED);
                case "supervise" -> act(f, Figure.SUPERVISED);
                case "public-notice" -> act(f, Figure.PUBLICLY_NOTIFIED);
                default -> {
                    // warnings, leadership reports and sensitive-report steps are not assessment figures
                }
            }
        }

        private void act(CaseFact f, Figure figure) {
            String unit = f.unitId() != null ? f.unitId() : lead;
            if (unit != null) {
                acts.computeIfAbsent(unit, u -> EnumSet.noneOf(Figure.class)).add(figure);
            }
        }

        Map<String, Set<Figure>> figures() {
            Map<String, Set<Figure>> figures = new TreeMap<>();
            acts.forEach((unit, set) -> figures.put(unit, EnumSet.copyOf(set)));
            if (lead != null) {
                figures.computeIfAbsent(lead, u -> EnumSet.noneOf(Figure.class)).addAll(outcome());
            }
            return figures;
        }

        private Set<Figure> outcome() {
            Set<Figure> set = EnumSet.of(Figure.RECEIVED);
            boolean answered = answeredAt != null && (reopenedAt == null || answeredAt.isAfter(reopenedAt));
            boolean responded = acknowledged || answeredAt != null;
            if (responded) {
                set.add(Figure.ACKNOWLEDGED);
                if (verdicts.get("response") == FactType.DEADLINE_MET) {
                    set.add(Figure.ACKNOWLEDGED_ON_TIME);
                }
            }
            if (answered) {
                set.add(Figure.ANSWERED);
                if (verdicts.get("answer") == FactType.DEADLINE_MET) {
                    set.add(Figure.ANSWERED_ON_TIME);
                }
                if (implementedAt != null && (reopenedAt == null || implementedAt.isAfter(reopenedAt))) {
                    set.add(Figure.IMPLEMENTED);
                }
            }
            if (rating != null) {
                set.add(Figure.RATED);
                set.add(switch (rating) {
                    case "satisfied" -> Figure.SATISFIED;
                    case "basically-satisfied" -> Figure.BASICALLY_SATISFIED;
                    default -> Figure.DISSATISFIED;
                });
            }
            if (!closed) {
                set.add(Figure.OPEN);
                boolean responseLate = verdicts.get("response") == FactType.DEADLINE_MISSED && !responded;
                boolean answerLate = verdicts.get("answer") == FactType.DEADLINE_MISSED && !answered;
                if (responseLate || answerLate) {
                    set.add(Figure.OVERDUE);
                }
            }
            return set;
        }
    }
}
