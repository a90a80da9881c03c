package org.huiying.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ProblemResponses.class)
public class WebConfiguration {
}
