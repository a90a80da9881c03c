package org.huiying.reporting.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

/** One unit's line of the assessment: counts (integers), rates (fractions in [0, 1], null without denominator). */
@Schema(description = "一个单位的考核结果 One unit's assessment")
public record UnitAssessment(
        String unitId,
        @Schema(description = "单位名称") String unitName,
        @Schema(description = "受理件数 cases posted in the period whose lead unit this is") int received,
        @Schema(description = "已响应 responded (acknowledged or answered)") int acknowledged,
        @Schema(description = "按时响应 response deadline met (sla)") int acknowledgedOnTime,
        @Schema(description = "已答复 answered (办结答复)") int answered,
        @Schema(description = "按时办结 answer deadline met, extended deadline included (sla)") int answeredOnTime,
        @Schema(description = "延期 extensions granted") int extended,
        @Schema(description = "催办 urged") int urged,
        @Schema(description = "督办 supervised") int supervised,
        @Schema(description = "通报 publicly notified") int publiclyNotified,
        @Schema(description = "退回 returned as outside the unit's remit") int returned,
        @Schema(description = "已评价 rated") int rated,
        @Schema(description = "满意") int satisfied,
        @Schema(description = "基本满意") int basicallySatisfied,
        @Schema(description = "不满意") int dissatisfied,
        @Schema(description = "已落实 answered and confirmed resolved") int implemented,
        @Schema(description = "响应及时率 default acknowledgedOnTime / received") Double responseOnTimeRate,
        @Schema(description = "答复率 default answered / received") Double answerRate,
        @Schema(description = "按时办结率 default answeredOnTime / received") Double onTimeAnswerRate,
        @Schema(description = "满意率 default (satisfied + basicallySatisfied) / rated") Double satisfactionRate,
        @Schema(description = "落实率 default implemented / answered") Double implementationRate,
        @Schema(description = "综合得分 0–100, weighted rates") Double score,
        @Schema(description = "排名 rank by score; null without a score") Integer rank) {

    public Double rate(Rate rate) {
        return switch (rate) {
            case RESPONSE_ON_TIME_RATE -> responseOnTimeRate;
            case ANSWER_RATE -> answerRate;
            case ON_TIME_ANSWER_RATE -> onTimeAnswerRate;
            case SATISFACTION_RATE -> satisfactionRate;
            case IMPLEMENTATION_RATE -> implementationRate;
        };
    }

    UnitAssessment ranked(Integer position) {
        return new UnitAssessment(unitId, unitName, received, acknowledged, acknowledgedOnTime, answered,
                answeredOnTime, extended, urged, supervised, publiclyNotified, returned, rated, satisfied,
                basicallySatisfied, dissatisfied, implemented, responseOnTimeRate, answerRate, onTimeAnswerRate,
                satisfactionRate, implementationRate, score, position);
    }
}
