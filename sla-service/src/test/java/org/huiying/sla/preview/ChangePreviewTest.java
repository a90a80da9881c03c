package org.huiying.sla.preview;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.CalendarFixture;
import org.huiying.sla.clock.DeadlinePlanner;
import org.huiying.sla.clock.Deadlines;
import org.huiying.sla.policy.PolicyPresets;
import org.huiying.sla.tracking.CaseDeadlinesView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;

/**
 * A case posted on Thursday 2026-03-05 at 09:00 and acknowledged: under {@code anji} its answer is due on Tuesday
 * 2026-03-10 at 17:30 (three working days from the day after); under {@code township} 72 calendar hours after
 * posting, Sunday 2026-03-08 at 09:00 — already past on Monday morning.
 */
class ChangePreviewTest {

    private static final Instant POSTED = at("2026-03-05T09:00");
    private static final Instant MONDAY_MORNING = at("2026-03-09T10:00");
    private static final DeadlinePlanner ANJI = new DeadlinePlanner(PolicyPresets.anji(), CalendarFixture::workingTime);
    private static final DeadlinePlanner TOWNSHIP = new DeadlinePlanner(PolicyPresets.township(),
            CalendarFixture::workingTime);

    @Test
    void shouldTurnTheUnitOverdueWhenTheShorterWindowHasAlreadyPassedAndTheClockRuns() {
        CaseDeadlinesView running = acknowledgedCase("anji-bbs:t-7001");

        ChangePreview.Result preview = ChangePreview.of(List.of(running), TOWNSHIP, MONDAY_MORNING);

        assertThat(preview.moves()).singleElement().satisfies(move -> {
            assertThat(move.deadline()).isEqualTo("answer");
            assertThat(move.currentDueAt()).isEqualTo(at("2026-03-10T17:30"));
            assertThat(move.proposedDueAt()).isEqualTo(at("2026-03-08T09:00"));
            assertThat(move.turnsOverdue()).isTrue();
        });
        assertThat(preview.unitsTurningOverdue()).containsExactly("dipu");
    }

    @Test
    void shouldShowTheMoveButNotTurnTheUnitOverdueWhileTheAnswerClockIsPausedForInformation() {
        CaseDeadlinesView paused = acknowledgedCase("anji-bbs:t-7002");
        paused.pausedSince = at("2026-03-06T10:00");
        paused.pauseCapEndsAt = at("2026-03-13T10:00");

        ChangePreview.Result preview = ChangePreview.of(List.of(paused), TOWNSHIP, MONDAY_MORNING);

        assertThat(preview.moves()).singleElement().satisfies(move -> {
            assertThat(move.proposedDueAt()).isEqualTo(at("2026-03-08T09:00"));
            assertThat(move.turnsOverdue()).isFalse();
        });
        assertThat(preview.unitsTurningOverdue()).isEmpty();
    }

    private static CaseDeadlinesView acknowledgedCase(String caseId) {
        Deadlines deadlines = ANJI.initial(POSTED, Severity.GENERAL, null);
        CaseDeadlinesView view = new CaseDeadlinesView();
        view.caseId = caseId;
        view.unitId = "dipu";
        view.severity = Severity.GENERAL;
        view.postedAt = POSTED;
        view.responseDueAt = deadlines.responseDueAt();
        view.answerDueAt = deadlines.answerDueAt();
        view.acknowledgedAt = at("2026-03-05T11:00");
        return view;
    }
}
