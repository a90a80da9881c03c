package org.huiying.reporting.monthly;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The busiest topics of a set of titles: each title is segmented with HanLP; its nouns (place, organisation and
 * other nouns, and verbal nouns) of two characters or more are its topics; a topic's weight is the number of titles
 * that mention it. Words such as 问题 that say nothing about the subject are left out
 * ({@code huiying.reports.topic-stop-words}).
 */
@Component
public class TopicExtractor {

    private final Set<String> stopWords;

    public TopicExtractor(@Value("${huiying.reports.topic-stop-words:问题,情况,希望,请问,建议,反映,咨询,投诉,"
            + "相关,部门,有关,什么,时候,能否,是否,一下,怎么,市民,网友,群众,处理,时间,解决}") List<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    public List<Topic> busiest(Collection<String> titles, int limit) {
        Map<String, Integer> mentions = new HashMap<>();
        for (String title : titles) {
            if (title != null && !title.isBlank()) {
                topicsOf(title).forEach(word -> mentions.merge(word, 1, Integer::sum));
            }
        }
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new Topic(e.getKey(), e.getValue())).toList();
    }

    Set<String> topicsOf(String title) {
        Set<String> words = new LinkedHashSet<>();
        for (Term term : HanLP.segment(title)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            String word = term.word.trim();
            if (word.length() >= 2 && isTopical(nature) && !stopWords.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isTopical(String nature) {
        return (nature.startsWith("n") && !nature.startsWith("nr") && !nature.equals("nx")) || nature.equals("vn")
                || nature.equals("gi") || nature.equals("gm");
    }

}
