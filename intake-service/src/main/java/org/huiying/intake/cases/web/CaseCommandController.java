package org.huiying.intake.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.ReceivePostCommand;
import org.huiying.intake.cases.answer.ApproveAnswerCommand;
import org.huiying.intake.cases.answer.DraftAnswerCommand;
import org.huiying.intake.cases.answer.MarkReplyAsAnswerCommand;
import org.huiying.intake.cases.answer.PublishAnswerCommand;
import org.huiying.intake.cases.answer.ReturnAnswerCommand;
import org.huiying.intake.cases.classification.CaseClassifier;
import org.huiying.intake.cases.classification.ClassifyCaseCommand;
import org.huiying.intake.cases.inquiry.RequestInformationCommand;
import org.huiying.intake.cases.outcome.ConfirmImplementationCommand;
import org.huiying.intake.cases.outcome.RateCaseCommand;
import org.huiying.intake.cases.reply.AcknowledgeCaseCommand;
import org.huiying.intake.cases.reply.ReportProgressCommand;
import org.huiying.support.security.HuiyingUser;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.web.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * What users do to a case. Each answers 204 (201 for a new case), or a problem response: 409/422 naming the broken
 * rule, 404 for an unknown case, 400 naming a bad field, 401 without a login, 403 without the role.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Case lifecycle 案件办理", description = "Acknowledge, report progress, answer, rate, confirm 响应·进展·答复·回访·落实")
@SecurityRequirement(name = "basic")
public class CaseCommandController {

    private final CommandGateway commands;
    private final CaseClassifier classifier;
    private final Clock clock;

    public CaseCommandController(CommandGateway commands, CaseClassifier classifier, Clock clock) {
        this.commands = commands;
        this.classifier = classifier;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Enter a case 录入案件 (office)", description = "Id manual:<uuid>; classified by the keyword rules.")
    public Mono<ResponseEntity<CaseRequests.Created>> create(@Valid @RequestBody CaseRequests.NewCase request,
                                                             @AuthenticationPrincipal HuiyingUser user) {
        String id = UUID.randomUUID().toString();
        String caseId = "manual:" + id;
        Instant now = clock.instant();
        ReceivePostCommand command = new ReceivePostCommand(caseId, "manual", id, id, request.url(), request.board(),
                request.author(), request.title(), request.body(),
                request.postedAt() == null ? now : request.postedAt(), now, Channel.API, now);
        return Mono.fromRunnable(() -> {
                    commands.sendAndWait(command, cause(user, caseId));
                    classifier.classify(caseId, request.title(), request.body(), now, cause(user, caseId));
                }).subscribeOn(Schedulers.boundedElastic())
                .thenReturn(ResponseEntity.created(URI.create("/api/cases/" + caseId))
                        .body(new CaseRequests.Created(caseId)));
    }

    @PostMapping("/{caseId}/classification")
    @Operation(summary = "Reclassify 改判分类 (office)", description = "Kinds: " + CaseRequests.KINDS
            + ". Severities: " + CaseRequests.SEVERITIES + ". A reason is required.")
    public Mono<ResponseEntity<Void>> classify(@PathVariable String caseId,
                                               @Valid @RequestBody CaseRequests.Classification request,
                                               @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new ClassifyCaseCommand(caseId, request.kind(), request.severity(),
                user.getUsername(), request.reason(), true, clock.instant()));
    }

    @PostMapping("/{caseId}/acknowledgement")
    @Operation(summary = "Acknowledge 在线响应 (unit)", description = "Once per case, by the assigned unit.")
    public Mono<ResponseEntity<Void>> acknowledge(@PathVariable String caseId,
                                                  @RequestBody(required = false) CaseRequests.Acknowledgement request,
                                                  @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new AcknowledgeCaseCommand(caseId, user.unitId(), user.getUsername(),
                request == null ? null : request.note(), clock.instant()));
    }

    @PostMapping("/{caseId}/progress")
    @Operation(summary = "Report progress 通报进展 (unit)", description = "After the acknowledgement.")
    public Mono<ResponseEntity<Void>> progress(@PathVariable String caseId,
                                               @Valid @RequestBody CaseRequests.Progress request,
                                               @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new ReportProgressCommand(caseId, user.unitId(), user.getUsername(),
                request.summary(), clock.instant()));
    }

    @PostMapping("/{caseId}/information-requests")
    @Operation(summary = "Ask the netizen for information 请网民补充情况 (unit)",
            description = "By the lead unit, after the acknowledgement and before the answer; one request open at a "
                    + "time, until the netizen follows up in the thread. Where the policy allows it, sla pauses the "
                    + "answer clock meanwhile.")
    public Mono<ResponseEntity<Void>> requestInformation(@PathVariable String caseId,
                                                         @Valid @RequestBody CaseRequests.InformationRequest request,
                                                         @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new RequestInformationCommand(caseId, user.unitId(), user.getUsername(),
                request.text(), clock.instant()));
    }

    @PostMapping("/{caseId}/answer/draft")
    @Operation(summary = "Draft the answer 起草答复 (unit)")
    public Mono<ResponseEntity<Void>> draft(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Draft request,
                                            @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new DraftAnswerCommand(caseId, user.unitId(), user.getUsername(), request.text(),
                clock.instant()));
    }

    @PostMapping("/{caseId}/answer/approval")
    @Operation(summary = "Approve the pending answer 审核通过 (a spokesperson of the unit, or the office)",
            description = "The pending draft, or the forum reply named as the answer (which is then published at"
                    + " its posting time). The approver is the signed-in user: a unit user marked spokesperson in the"
                    + " users file (422 spokesperson-approves otherwise) or the office; never the user who drafted or"
                    + " named it (422 no-self-approval).")
    public Mono<ResponseEntity<Void>> approve(@PathVariable String caseId, @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new ApproveAnswerCommand(caseId, user.unitId(), user.getUsername(),
                user.spokesperson(), clock.instant()));
    }

    @PostMapping("/{caseId}/answer/return")
    @Operation(summary = "Return the draft 退回修改 (unit or office)")
    public Mono<ResponseEntity<Void>> returnDraft(@PathVariable String caseId,
                                                  @Valid @RequestBody CaseRequests.Return request,
                                                  @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new ReturnAnswerCommand(caseId, user.unitId(), user.getUsername(),
                request.comment(), clock.instant()));
    }

    @PostMapping("/{caseId}/answer/publication")
    @Operation(summary = "Publish the approved answer 发布答复 (unit)")
    public Mono<ResponseEntity<Void>> publish(@PathVariable String caseId, @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new PublishAnswerCommand(caseId, user.unitId(), user.getUsername(),
                clock.instant()));
    }

    @PostMapping("/{caseId}/answer/from-reply")
    @Operation(summary = "Name a scraped reply as the final answer 认定跟帖为答复 (unit)",
            description = "The reply must be by one of the unit's registered accounts. It awaits approval like a"
                    + " draft: a spokesperson of the unit (not the user who named it) or the office approves it with"
                    + " POST …/answer/approval, and it is then published at its posting time. The old body field"
                    + " approvedBy is refused (400): the approver signs in and approves.")
    public Mono<ResponseEntity<Void>> fromReply(@PathVariable String caseId,
                                                @Valid @RequestBody CaseRequests.FromReply request,
                                                @AuthenticationPrincipal HuiyingUser user) {
        if (request.approvedBy() != null) {
            throw new InvalidParameterException("approvedBy", "no longer accepted: the unit's spokesperson or the"
                    + " office signs in and approves with POST /api/cases/{caseId}/answer/approval"
                    + " 审核人须登录后审核，不再填写");
        }
        return send(caseId, user, new MarkReplyAsAnswerCommand(caseId, user.unitId(), request.postId(),
                user.getUsername(), clock.instant()));
    }

    @PostMapping("/{caseId}/rating")
    @Operation(summary = "Enter the netizen's rating 回访评价 (office)", description = "Overall: " + CaseRequests.RATINGS
            + "; optional 1–5 scores 解决程度, 办理态度, 办理速度. Only after an answer; 不满意 may reopen (重办).")
    public Mono<ResponseEntity<Void>> rate(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Rating request,
                                           @AuthenticationPrincipal HuiyingUser user) {
        return send(caseId, user, new RateCaseCommand(caseId, request.satisfaction(), request.resolution(),
                request.attitude(), request.speed(), user.getUsername(), Channel.API, clock.instant()));
    }

    @PostMapping("/{caseId}/implementation")
    @Operation(summary = "Confirm implementation 确认落实 (office)")
    public Mono<ResponseEntity<Void>> confirm(@PathVariable String caseId,
                                              @Valid @RequestBody CaseRequests.Implementation request,
                                              @AuthenticationPrincipal HuiyingUser user) {
        String confirmedBy = "netizen".equals(request.confirmedBy())
                ? "网民 netizen (entered by " + user.getUsername() + ")" : user.getUsername();
        return send(caseId, user, new ConfirmImplementationCommand(caseId, confirmedBy, clock.instant()));
    }

    private Mono<ResponseEntity<Void>> send(String caseId, HuiyingUser user, Object command) {
        return Mono.fromFuture(() -> commands.send(command, cause(user, caseId)))
                .onErrorMap(AggregateNotFoundException.class, e -> new NotFoundException("No case " + caseId))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    private static MetaData cause(HuiyingUser user, String caseId) {
        return CommandMetaData.signedIn(user.getUsername(), caseId);
    }
}
