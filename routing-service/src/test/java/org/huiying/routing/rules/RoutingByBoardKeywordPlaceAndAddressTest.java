package org.huiying.routing.rules;

import org.huiying.contracts.routing.UnitKind;
import org.huiying.routing.directory.RoutingRule;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingByBoardKeywordPlaceAndAddressTest {

    static final List<Unit> UNITS = List.of(
            new Unit("dipu", "递铺街道", UnitKind.TOWNSHIP, null, List.of()),
            new Unit("xiaofeng", "孝丰镇", UnitKind.TOWNSHIP, null, List.of()),
            new Unit("jiaotong", "县交通运输局", UnitKind.DEPARTMENT, null, List.of(), null, null, null,
                    List.of("交通局"), false),
            new Unit("zhujian", "县住房和城乡建设局", UnitKind.DEPARTMENT, null, List.of(), null, null, null,
                    List.of("住建局"), false),
            new Unit("jiaoyu", "县教育局", UnitKind.DEPARTMENT, null, List.of()),
            new Unit("old", "县老干部局", UnitKind.DEPARTMENT, null, List.of(), null, null, null, List.of(), true));

    static final RoutingRule ADDRESSED = new RoutingRule("addressed", 100, null, List.of(), List.of(), null, null,
            true, true);
    static final RoutingRule BOARD_DIPU = new RoutingRule("board-dipu", 10, "递铺论坛", List.of(), List.of(), "dipu");
    static final RoutingRule BOARD_EDU = new RoutingRule("board-edu", 9, "教育问答", List.of(), List.of(), "jiaoyu",
            "anji-bbs", false, true);
    static final RoutingRule PLACE_XIAOFENG = new RoutingRule("place-xiaofeng", 8, null, List.of(), List.of("孝丰"),
            "xiaofeng");
    static final RoutingRule KW_TRAFFIC = new RoutingRule("kw-traffic", 5, null, List.of("红绿灯", "公交"), List.of(),
            "jiaotong");
    static final RoutingRule KW_HOUSING = new RoutingRule("kw-housing", 5, null, List.of("物业", "小区"), List.of(),
            "zhujian");
    static final RoutingRule KW_SCHOOL_SOLO = new RoutingRule("kw-school", 4, null, List.of("学校"), List.of(),
            "jiaoyu", null, false, false);

    static RoutingRules rules(RoutingRule... rules) {
        return new RoutingRules(new UnitDirectory(UNITS, List.of(rules)));
    }

    @Test
    void shouldLeadWithTheBoardUnitAndAddKeywordUnitsAsCoUnitsWhenBothMatch() {
        RoutingDecision decision = rules(BOARD_DIPU, KW_TRAFFIC)
                .decide("anji-bbs", "递铺论坛", "胜利西路红绿灯时间太短", "老人过马路很危险");

        assertThat(decision.lead()).isEqualTo("dipu");
        assertThat(decision.coUnits()).containsExactly("jiaotong");
        assertThat(decision.matchedRules()).containsExactly("board-dipu", "kw-traffic");
    }

    @Test
    void shouldSendThePostToTheTownshipWhenItNamesAPlace() {
        RoutingDecision decision = rules(PLACE_XIAOFENG, KW_TRAFFIC)
                .decide("anji-bbs", "综合", "孝丰到递铺的公交太少", "每天只有两班车");

        assertThat(decision.lead()).isEqualTo("xiaofeng");
        assertThat(decision.coUnits()).containsExactly("jiaotong");
    }

    @Test
    void shouldMatchKeywordsInTheBodyWhenTheTitleSaysNothing() {
        RoutingDecision decision = rules(KW_HOUSING).decide(null, null, "求助", "小区物业乱收停车费");

        assertThat(decision.lead()).isEqualTo("zhujian");
        assertThat(decision.matchedRules()).containsExactly("kw-housing");
    }

    @Test
    void shouldLetTheFirstAddressedUnitLeadWhenThePostNamesUnits() {
        RoutingDecision decision = rules(ADDRESSED, BOARD_DIPU, KW_TRAFFIC)
                .decide("anji-bbs", "递铺论坛", "请住建局和交通局管一管", "小区门口红绿灯坏了");

        assertThat(decision.lead()).isEqualTo("zhujian");
        assertThat(decision.coUnits()).containsExactly("jiaotong", "dipu");
        assertThat(decision.matchedRules()).containsExactly("addressed", "board-dipu", "kw-traffic");
    }

    @Test
    void shouldIgnoreARetiredUnitWhenThePostNamesIt() {
        RoutingDecision decision = rules(ADDRESSED).decide(null, null, "县老干部局", "活动中心漏水");

        assertThat(decision.needsTriage()).isTrue();
    }

    @Test
    void shouldLetTheEarlierRuleLeadWhenPrioritiesTie() {
        RoutingDecision decision = rules(KW_HOUSING, KW_TRAFFIC).decide(null, null, "小区门口的公交站", "站牌倒了");

        assertThat(decision.lead()).isEqualTo("zhujian");
        assertThat(decision.coUnits()).containsExactly("jiaotong");

        RoutingDecision swapped = rules(KW_TRAFFIC, KW_HOUSING).decide(null, null, "小区门口的公交站", "站牌倒了");
        assertThat(swapped.lead()).isEqualTo("jiaotong");
    }

    @Test
    void shouldLeaveTheUnitOutOfTheCoUnitsWhenItsRuleSwitchesCoUnitsOff() {
        RoutingDecision decision = rules(KW_TRAFFIC, KW_SCHOOL_SOLO).decide(null, null, "学校门口红绿灯", "放学很堵");

        assertThat(decision.lead()).isEqualTo("jiaotong");
        assertThat(decision.coUnits()).isEmpty();
        assertThat(decision.matchedRules()).containsExactly("kw-traffic", "kw-school");
    }

    @Test
    void shouldLeadWithAUnitSwitchedOffAsCoUnitWhenItsRuleIsTheHighest() {
        RoutingDecision decision = rules(KW_SCHOOL_SOLO).decide(null, null, "学校食堂", "饭菜太贵");

        assertThat(decision.lead()).isEqualTo("jiaoyu");
    }

    @Test
    void shouldMatchABoardRuleOnlyOnItsSourceWhenTheRuleNamesOne() {
        assertThat(rules(BOARD_EDU).decide("anji-bbs", "教育问答", "入学", "").lead()).isEqualTo("jiaoyu");
        assertThat(rules(BOARD_EDU).decide("huzhou-msg", "教育问答", "入学", "").needsTriage()).isTrue();
    }

    @Test
    void shouldSendThePostToTriageWhenNoRuleMatches() {
        RoutingDecision decision = rules(BOARD_DIPU, KW_TRAFFIC, PLACE_XIAOFENG)
                .decide("anji-bbs", "灌水区", "今天天气不错", "大家出去走走");

        assertThat(decision.lead()).isNull();
        assertThat(decision.coUnits()).isEmpty();
        assertThat(decision.matchedRules()).isEmpty();
    }
}
