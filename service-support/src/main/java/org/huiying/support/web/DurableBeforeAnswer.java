package org.huiying.support.web;

import org.huiying.support.mongo.DurablePoint;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Set;

/**
 * A request that may change something is answered only once what it wrote is durable: the read models are written
 * without waiting for the journal (decision 0073), so before the answer's first byte one journaled write makes every
 * earlier write of the service durable.
 */
public class DurableBeforeAnswer implements WebFilter, Ordered {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final DurablePoint durable;

    public DurableBeforeAnswer(DurablePoint durable) {
        this.durable = durable;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!READS.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(durable::await)
                    .subscribeOn(Schedulers.boundedElastic()).then());
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
