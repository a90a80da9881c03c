package org.huiying.routing.slip;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.routing.assignmentview.AssignmentHistories;
import org.huiying.routing.directory.DirectoryInForce;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.html.PrintablePages;
import org.huiying.support.time.TimeProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;

@RestController
@Tag(name = "Assignments 分办")
public class DispatchSlipController {

    private final AssignmentHistories histories;
    private final CasePosts posts;
    private final DirectoryInForce directory;
    private final DispatchSlip slip;
    private final Clock clock;

    public DispatchSlipController(AssignmentHistories histories, CasePosts posts, DirectoryInForce directory,
                                  TimeProperties time, Clock clock) {
        this.histories = histories;
        this.posts = posts;
        this.directory = directory;
        this.slip = new DispatchSlip(time.zone());
        this.clock = clock;
    }

    @GetMapping(value = "/api/cases/{caseId}/dispatch-slip", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The printable dispatch slip of a case 抄告单（可打印）",
            description = "An HTML page: the post, the lead unit and co-units, and every step of the case's"
                    + " assignment, times in the deployment's zone. The post's address is a link only when it is an"
                    + " http(s) address; the page runs no script but its print button.")
    public Mono<ResponseEntity<String>> dispatchSlip(@PathVariable String caseId) {
        return Mono.fromCallable(() -> {
            var history = histories.find(caseId)
                    .orElseThrow(() -> new NotFoundException("Routing has no case " + caseId + " 没有此案件"));
            var post = posts.find(caseId)
                    .orElse(new CasePost(caseId, null, null, null, null, null, null));
            return PrintablePages.page(slip.render(history, post, directory.get(), clock.instant()));
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
