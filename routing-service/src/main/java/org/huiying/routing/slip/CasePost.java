package org.huiying.routing.slip;

import java.time.Instant;

/** The post a case was opened from, as intake published it (no author handle), for the dispatch slip. */
public record CasePost(String caseId, String source, String board, String title, String body, String url,
                       Instant postedAt) {
}
