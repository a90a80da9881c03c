package org.huiying.intake.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;
import org.huiying.intake.cases.query.CaseArchive;
import org.huiying.intake.cases.query.CaseArchiveHtml;
import org.huiying.intake.cases.query.CasePage;
import org.huiying.intake.cases.query.CaseSearch;
import org.huiying.intake.cases.query.CaseSummary;
import org.huiying.intake.cases.query.CaseSummaryRepository;
import org.huiying.intake.cases.query.CaseTimelineRepository;
import org.huiying.intake.cases.query.TimelineEntry;
import org.huiying.intake.cases.query.WireName;
import org.huiying.intake.directory.RegisteredAccounts;
import org.huiying.support.security.HuiyingUser;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.html.PrintablePages;
import org.huiying.support.time.TimeProperties;
import org.huiying.support.web.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Intake's own read model of cases. Every endpoint needs a login; none shows the netizen's handle except the archive.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases 案件", description = "Netizens' posts as cases 网民诉求案件")
@SecurityRequirement(name = "basic")
public class CaseQueryController {

    private final CaseSummaryRepository summaries;
    private final CaseTimelineRepository timelines;
    private final RegisteredAccounts directory;
    private final TimeProperties time;
    private final Clock clock;

    public CaseQueryController(CaseSummaryRepository summaries, CaseTimelineRepository timelines,
                               RegisteredAccounts directory, TimeProperties time, Clock clock) {
        this.summaries = summaries;
        this.timelines = timelines;
        this.directory = directory;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case 案件详情",
            description = "Case id is <source>:<threadId> or manual:<uuid>. The netizen's handle is never included.")
    public Mono<CaseSummary> get(@PathVariable String caseId) {
        return blocking(() -> summary(caseId));
    }

    @GetMapping("/{caseId}/timeline")
    @Operation(summary = "A case's history 办理经过", description = "Entries in order: type (the event's wire name), "
            + "occurredAt, unitId, actor, channel.")
    public Mono<List<TimelineEntry>> timeline(@PathVariable String caseId) {
        return blocking(() -> timelines.find(caseId).orElseThrow(() -> notFound(caseId)).entries());
    }

    @GetMapping(value = "/{caseId}/archive", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case file 立卷归档 (JSON)", description = "The whole history with the netizen's handle. "
            + "Ask with Accept: text/html for the printable page.")
    public Mono<CaseArchive> archive(@PathVariable String caseId, @AuthenticationPrincipal HuiyingUser user) {
        return blocking(() -> archiveOf(caseId, user.getUsername()));
    }

    @GetMapping(value = "/{caseId}/archive", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The case file 立卷归档 (printable HTML)")
    public Mono<ResponseEntity<String>> archiveHtml(@PathVariable String caseId,
                                                    @AuthenticationPrincipal HuiyingUser user) {
        return blocking(() -> PrintablePages.page(CaseArchiveHtml.render(archiveOf(caseId, user.getUsername()),
                time.zone())));
    }

    @GetMapping
    @Operation(summary = "Find cases 案件查询", description = "Every filter optional; paged and sorted. Kinds: "
            + CaseRequests.KINDS + ". Severities: " + CaseRequests.SEVERITIES + ".")
    public Mono<CasePage> search(
            @Parameter(description = "lead or co-unit id") @RequestParam(required = false) String unit,
            @Parameter(description = "received · acknowledged · answered · reopened · closed")
            @RequestParam(required = false) String status,
            @Parameter(description = CaseRequests.KINDS) @RequestParam(required = false) String kind,
            @Parameter(description = CaseRequests.SEVERITIES) @RequestParam(required = false) String severity,
            @Parameter(description = "forum id, or manual") @RequestParam(required = false) String source,
            @Parameter(description = "posted at or after (ISO-8601)") @RequestParam(required = false)
            Instant postedFrom,
            @Parameter(description = "posted before (ISO-8601)") @RequestParam(required = false) Instant postedTo,
            @Parameter(description = "text in the title") @RequestParam(required = false) String q,
            @Parameter(description = "0 to " + SearchParameters.MAX_PAGE) @RequestParam(defaultValue = "0")
            String page,
            @Parameter(description = "1 to " + SearchParameters.MAX_SIZE) @RequestParam(defaultValue = "20")
            String size,
            @Parameter(description = "field,asc|desc; fields: " + "postedAt, receivedAt, acknowledgedAt, answeredAt, "
                    + "closedAt, status, severity, kind") @RequestParam(defaultValue = "postedAt,desc") String sort) {
        if (kind != null && WireName.parse(CaseKind.class, kind).isEmpty()) {
            throw new InvalidParameterException("kind", "unknown kind '" + kind + "'; one of " + CaseRequests.KINDS);
        }
        if (severity != null && WireName.parse(Severity.class, severity).isEmpty()) {
            throw new InvalidParameterException("severity", "unknown severity '" + severity + "'; one of "
                    + CaseRequests.SEVERITIES);
        }
        if (postedFrom != null && postedTo != null && postedTo.isBefore(postedFrom)) {
            throw new InvalidParameterException("postedTo", "must not be before postedFrom");
        }
        SearchParameters.Order order = SearchParameters.sort(sort);
        CaseSearch search = new CaseSearch(unit, status, kind, severity, source, postedFrom, postedTo, q,
                SearchParameters.page(page), SearchParameters.size(size), order.field(), order.descending());
        return blocking(() -> summaries.search(search));
    }

    private CaseArchive archiveOf(String caseId, String exportedBy) {
        CaseSummary summary = summary(caseId);
        CaseTimelineRepository.CaseFile file = timelines.find(caseId).orElseThrow(() -> notFound(caseId));
        Map<String, String> names = new LinkedHashMap<>();
        Stream.concat(Stream.of(summary.leadUnitId()), file.entries().stream().map(TimelineEntry::unitId))
                .filter(Objects::nonNull).distinct()
                .forEach(unitId -> directory.nameOf(unitId).ifPresent(name -> names.put(unitId, name)));
        return new CaseArchive(caseId, summary, file.author(), names, file.entries(), clock.instant(), exportedBy);
    }

    private CaseSummary summary(String caseId) {
        return summaries.find(caseId).orElseThrow(() -> notFound(caseId));
    }

    private static NotFoundException notFound(String caseId) {
        return new NotFoundException("No case " + caseId);
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
