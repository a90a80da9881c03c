package org.huiying.routing.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing rules 分办规则", description = "Try the rules in force on a post without routing anything")
public class RoutingPreviewController {

    private final RoutingRules rules;

    public RoutingPreviewController(RoutingRules rules) {
        this.rules = rules;
    }

    @PostMapping("/api/routing/preview")
    @Operation(summary = "Where would this post go? 分办预演 (office role 舆情办)",
            description = "Answers the lead unit (null: the triage queue), the co-units and the matched rules,"
                    + " highest priority first. Nothing is stored.")
    public RoutingDecision preview(@Valid @RequestBody PreviewRequest post) {
        return rules.decide(post.source(), post.board(), post.title(), post.body());
    }
}
