package org.huiying.routing.rules;

import org.huiying.routing.directory.DirectoryFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the 安吉县 demo directory applied to posts. */
class RoutingRulesTest {

    private static final String HOTLINE = "民生热线";

    private final RoutingRules rules = new RoutingRules(DirectoryFixture.demo());

    @Test
    void shouldLetTheBoardRuleLeadWhenAKeywordRuleMatchesToo() {
        // when
        RoutingDecision decision = rules.decide("递铺论坛", "胜利西路红绿灯时间太短",
                "行人绿灯只有15秒，老人过马路很危险。");

        // then
        assertThat(decision.lead()).isEqualTo("dipu");
        assertThat(decision.coUnits()).containsExactly("jiaotong");
        assertThat(decision.matchedRules()).containsExactly("board-dipu", "kw-traffic");
        assertThat(decision.leadRule()).isEqualTo("board-dipu");
    }

    @Test
    void shouldSendThePostToTheTownWhenItNamesAPlace() {
        RoutingDecision decision = rules.decide(HOTLINE, "孝丰镇老街下水道反味",
                "夏天一到老街的下水道味道很大，希望镇里派人来看看。");

        assertThat(decision.lead()).isEqualTo("xiaofeng");
        assertThat(decision.coUnits()).isEmpty();
        assertThat(decision.leadRule()).isEqualTo("place-xiaofeng");
    }

    @Test
    void shouldFindThePlaceInTheBodyWhenTheTitleDoesNotNameIt() {
        RoutingDecision decision = rules.decide(HOTLINE, "村里的路灯坏了",
                "天荒坪镇大溪村村口的路灯坏了半个月，晚上黑漆漆的。");

        assertThat(decision.lead()).isEqualTo("tianhuangping");
        assertThat(decision.matchedRules()).containsExactly("place-tianhuangping");
    }

    @Test
    void shouldMakeTheOtherMatchedUnitsCoUnitsOnceWhenSeveralRulesMatch() {
        // given a post on the education board naming a town, a school and the bus
        String title = "孝丰镇中心学校门口公交站太远";
        String body = "孩子上学要走二十分钟才能坐上公交，学校能不能和公交公司协调一下？";

        // when
        RoutingDecision decision = rules.decide("教育问答", title, body);

        // then
        assertThat(decision.lead()).isEqualTo("jiaoyu");
        assertThat(decision.coUnits()).containsExactly("xiaofeng", "jiaotong");
        assertThat(decision.matchedRules())
                .containsExactly("board-education", "place-xiaofeng", "kw-traffic", "kw-school");
    }

    @Test
    void shouldLetTheEarlierRuleInTheFileLeadWhenTwoRulesHaveTheSamePriority() {
        // given 梅溪 is named first, but the 孝丰 rule comes first in the file
        RoutingDecision decision = rules.decide(HOTLINE, "梅溪到孝丰的班车取消了",
                "以前每天有三班，现在一班都没有了。");

        assertThat(decision.lead()).isEqualTo("xiaofeng");
        assertThat(decision.coUnits()).containsExactly("meixi");
    }

    @Test
    void shouldMatchABoardOnlyWhenThePostIsOnThatBoard() {
        RoutingDecision decision = rules.decide(HOTLINE, "我在递铺论坛发的帖子没人回",
                "上周反映的事情到现在都没有消息。");

        assertThat(decision.needsTriage()).isTrue();
    }

    @Test
    void shouldSendThePostToTriageWhenNoRuleMatches() {
        // when
        RoutingDecision decision = rules.decide(HOTLINE, "建议多办一些文化活动",
                "希望县里周末多组织一些群众喜闻乐见的文化活动。");

        // then
        assertThat(decision.needsTriage()).isTrue();
        assertThat(decision.lead()).isNull();
        assertThat(decision.coUnits()).isEmpty();
        assertThat(decision.leadRule()).isNull();
    }

    @Test
    void shouldRouteByTheTitleWhenTheBodyIsEmpty() {
        RoutingDecision decision = rules.decide(null, "县医院挂号太难", null);

        assertThat(decision.lead()).isEqualTo("weijian");
    }
}
