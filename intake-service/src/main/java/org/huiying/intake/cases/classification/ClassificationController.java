package org.huiying.intake.cases.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The keyword rules in force, and reading their file again. */
@RestController
@RequestMapping("/api/classification")
@Tag(name = "Classification 分类规则", description = "Keyword rules that suggest kind and severity 关键词分类分级规则")
@SecurityRequirement(name = "basic")
public class ClassificationController {

    private final KeywordRulesFile rules;

    public ClassificationController(KeywordRulesFile rules) {
        this.rules = rules;
    }

    @GetMapping("/rules")
    @Operation(summary = "The rules in force 当前规则")
    public KeywordRules current() {
        return rules.current();
    }

    @PostMapping("/reload")
    @Operation(summary = "Read the rules file again 重新加载 (office)",
            description = "A file that cannot be read is refused; the rules in force stay.")
    public Mono<KeywordRules> reload() {
        return Mono.fromCallable(rules::reload).subscribeOn(Schedulers.boundedElastic());
    }
}
