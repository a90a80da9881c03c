package org.huiying.routing.slip;

import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.routing.assignmentview.AssignmentHistory;
import org.huiying.routing.assignmentview.AssignmentStep;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchSlipTest {

    private static final Instant POSTED = Instant.parse("2026-03-02T01:15:00Z");
    private static final UnitDirectory DIRECTORY = new UnitDirectory(List.of(new Unit("dipu", "递铺街道",
            UnitKind.TOWNSHIP, null, List.<ForumAccount>of())), List.of());

    private final DispatchSlip slip = new DispatchSlip(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldShowAScriptAddressAsInertTextWhenTheScrapedPostCarriesOne() {
        // when
        String html = slip.render(history(), post("javascript:alert(1)", "路灯不亮"), DIRECTORY, POSTED);

        // then
        assertThat(html).contains("javascript:alert(1)").doesNotContain("href=\"javascript", "<a ");
    }

    @Test
    void shouldLinkThePostWhenItsAddressIsAWebAddress() {
        String html = slip.render(history(), post("https://bbs.anji.example/thread-9", "路灯不亮"), DIRECTORY, POSTED);

        assertThat(html).contains("<a href=\"https://bbs.anji.example/thread-9\" rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void shouldEscapeMarkupWhenThePostOrAStepCarriesIt() {
        String html = slip.render(history(), post(null, "<script>alert(1)</script>"), DIRECTORY, POSTED);

        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;b&gt;舆情办&lt;/b&gt;");
    }

    private static CasePost post(String url, String title) {
        return new CasePost("anji-bbs:t-9", "anji-bbs", "递铺论坛", title, "垃圾三天没人清运", url, POSTED);
    }

    private static AssignmentHistory history() {
        AssignmentStep assigned = new AssignmentStep("e-1", "assigned", POSTED, "dipu", null, List.of(), null,
                "<b>舆情办</b>", null);
        return new AssignmentHistory("anji-bbs:t-9", "assigned", "dipu", List.of(), POSTED, 0, false, null,
                List.of(assigned));
    }
}
