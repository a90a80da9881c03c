package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.classification.ClassifyCaseCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;
import static org.huiying.intake.cases.CaseFixture.RECEIVED_AT;
import static org.huiying.intake.cases.CaseFixture.postReceived;
import static org.huiying.intake.cases.LifecycleFixture.NOW;
import static org.huiying.intake.cases.LifecycleFixture.OFFICE;
import static org.huiying.intake.cases.LifecycleFixture.POLICY;
import static org.huiying.intake.cases.LifecycleFixture.classifiedByRules;
import static org.huiying.intake.cases.LifecycleFixture.fixture;
import static org.huiying.intake.cases.LifecycleFixture.violation;
import static org.huiying.support.domain.RuleViolationException.Kind.UNPROCESSABLE;

class CaseClassificationTest {

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(POLICY);
    }

    @Test
    void shouldClassifyAsTheRulesSuggestWhenTheCaseIsNotClassifiedYet() {
        fixture.given(postReceived())
                .when(new ClassifyCaseCommand(CASE_ID, CaseKind.COMPLAINT, Severity.GENERAL, "keyword-rules",
                        "rule traffic-complaint", false, RECEIVED_AT))
                .expectEvents(classifiedByRules());
    }

    @Test
    void shouldKeepTheFirstClassificationWhenTheRulesSuggestAgain() {
        fixture.given(postReceived(), classifiedByRules())
                .when(new ClassifyCaseCommand(CASE_ID, CaseKind.SUGGESTION, Severity.GENERAL, "keyword-rules",
                        "rule suggestion", false, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldReclassifyWhenTheOfficeOverridesWithAReason() {
        CaseClassifiedEvent reclassified = new CaseClassifiedEvent(CASE_ID, CaseKind.COMPLAINT, Severity.SIGNIFICANT,
                OFFICE, "多个网站出现负面声音", true, NOW);
        fixture.given(postReceived(), classifiedByRules())
                .when(new ClassifyCaseCommand(CASE_ID, CaseKind.COMPLAINT, Severity.SIGNIFICANT, OFFICE,
                        "多个网站出现负面声音", true, NOW))
                .expectEvents(reclassified);
    }

    @Test
    void shouldRefuseAnOfficeOverrideWhenItGivesNoReason() {
        fixture.given(postReceived(), classifiedByRules())
                .when(new ClassifyCaseCommand(CASE_ID, CaseKind.OPINION, Severity.GENERAL, OFFICE, " ", true, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.OVERRIDE_WITH_REASON, UNPROCESSABLE));
    }
}
