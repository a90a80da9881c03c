package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Kept for old clients; the body may be left out: the signed-in user makes the change")
public record ChangedByRequest(@Schema(description = "ignored: the signed-in user is recorded", deprecated = true)
                               String changedBy) {
}
