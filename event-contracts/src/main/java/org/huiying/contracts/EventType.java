package org.huiying.contracts;

import org.huiying.contracts.intake.AnswerPublished;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClassified;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseRated;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.FollowUpAdded;
import org.huiying.contracts.intake.ImplementationConfirmed;
import org.huiying.contracts.intake.InformationRequested;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.intake.ProgressReported;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseFlaggedAsProblem;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.contracts.sla.CaseEscalated;
import org.huiying.contracts.sla.DeadlineMet;
import org.huiying.contracts.sla.DeadlineMissed;
import org.huiying.contracts.sla.DeadlinesSet;
import org.huiying.contracts.sla.EscalationWithdrawn;
import org.huiying.contracts.sla.ExtensionGranted;
import org.huiying.contracts.sla.ExtensionRefused;
import org.huiying.contracts.sla.ProgressUpdatesMissed;

import java.util.Arrays;
import java.util.Optional;

/** The catalogue: each integration event's wire type name, record, topic and schema version. */
public enum EventType {
    POST_RECEIVED("post-received", PostReceived.class, Topics.INTAKE_CASES),
    FOLLOW_UP_ADDED("follow-up-added", FollowUpAdded.class, Topics.INTAKE_CASES),
    CASE_CLASSIFIED("case-classified", CaseClassified.class, Topics.INTAKE_CASES),
    CASE_ACKNOWLEDGED("case-acknowledged", CaseAcknowledged.class, Topics.INTAKE_CASES),
    PROGRESS_REPORTED("progress-reported", ProgressReported.class, Topics.INTAKE_CASES),
    INFORMATION_REQUESTED("information-requested", InformationRequested.class, Topics.INTAKE_CASES),
    ANSWER_PUBLISHED("answer-published", AnswerPublished.class, Topics.INTAKE_CASES),
    CASE_RATED("case-rated", CaseRated.class, Topics.INTAKE_CASES),
    IMPLEMENTATION_CONFIRMED("implementation-confirmed", ImplementationConfirmed.class, Topics.INTAKE_CASES),
    CASE_REOPENED("case-reopened", CaseReopened.class, Topics.INTAKE_CASES),
    CASE_CLOSED("case-closed", CaseClosed.class, Topics.INTAKE_CASES),
    SOURCE_WATERMARK_ADVANCED("source-watermark-advanced", SourceWatermarkAdvanced.class, Topics.INTAKE_WATERMARKS),

    CASE_ASSIGNED("case-assigned", CaseAssigned.class, Topics.ROUTING_ASSIGNMENTS),
    CASE_QUEUED_FOR_TRIAGE("case-queued-for-triage", CaseQueuedForTriage.class, Topics.ROUTING_ASSIGNMENTS),
    CASE_RETURNED("case-returned", CaseReturned.class, Topics.ROUTING_ASSIGNMENTS),
    CASE_TRANSFERRED("case-transferred", CaseTransferred.class, Topics.ROUTING_ASSIGNMENTS),
    UNIT_UPDATED("unit-updated", UnitUpdated.class, Topics.ROUTING_UNITS),
    CASE_FLAGGED_AS_PROBLEM("case-flagged-as-problem", CaseFlaggedAsProblem.class, Topics.ROUTING_ASSIGNMENTS),

    DEADLINES_SET("deadlines-set", DeadlinesSet.class, Topics.SLA_DEADLINES),
    DEADLINE_MET("deadline-met", DeadlineMet.class, Topics.SLA_DEADLINES),
    DEADLINE_MISSED("deadline-missed", DeadlineMissed.class, Topics.SLA_DEADLINES),
    PROGRESS_UPDATES_MISSED("progress-updates-missed", ProgressUpdatesMissed.class, Topics.SLA_DEADLINES),
    EXTENSION_GRANTED("extension-granted", ExtensionGranted.class, Topics.SLA_EXTENSIONS),
    EXTENSION_REFUSED("extension-refused", ExtensionRefused.class, Topics.SLA_EXTENSIONS),
    CASE_ESCALATED("case-escalated", CaseEscalated.class, Topics.SLA_ESCALATIONS),
    ESCALATION_WITHDRAWN("escalation-withdrawn", EscalationWithdrawn.class, Topics.SLA_ESCALATIONS);

    private final String wireName;
    private final Class<? extends IntegrationEvent> recordType;
    private final String topic;

    EventType(String wireName, Class<? extends IntegrationEvent> recordType, String topic) {
        this.wireName = wireName;
        this.recordType = recordType;
        this.topic = topic;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends IntegrationEvent> recordType() {
        return recordType;
    }

    public String topic() {
        return topic;
    }

    /** The major schema version of the record; additive changes keep it, breaking ones get a new topic. */
    public int schemaVersion() {
        return 1;
    }

    public static Optional<EventType> byWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    public static EventType of(Class<?> recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType.equals(recordType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an integration event: " + recordType.getName()));
    }
}
