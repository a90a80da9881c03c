package org.huiying.support.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Defence against cross-site request forgery for an API that browsers may hold basic credentials for. A page of
 * another site can make the browser send a write with those credentials, but only a "simple" one: no header of its
 * own, and a body (if any) of a form's or {@code text/plain} type. So every write (POST, PUT, PATCH, DELETE) is
 * refused 403 when
 * <ol>
 *     <li>the browser says it comes from another site ({@code Sec-Fetch-Site} other than {@code same-origin} or
 *     {@code none}), or, without that header, its {@code Origin} is not this service's host — unless the origin
 *     is one of {@code huiying.security.trusted-origins};</li>
 *     <li>or it is a POST with a body a form could send ({@code application/x-www-form-urlencoded},
 *     {@code multipart/form-data}, {@code text/plain}) and no {@value #CLIENT_HEADER} header.</li>
 * </ol>
 * Clients that are not browsers (curl, scripts, the services' tests) send neither header and JSON or YAML bodies, and
 * pass; so do the services' own pages and Swagger UI, which the browser marks {@code same-origin}.
 */
final class CrossSiteWrites implements WebFilter {

    static final String CLIENT_HEADER = "X-Huiying-Client";
    static final String FETCH_SITE = "Sec-Fetch-Site";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    private final Set<String> trustedOrigins;

    CrossSiteWrites(List<String> trustedOrigins) {
        this.trustedOrigins = Set.copyOf(trustedOrigins.stream().map(CrossSiteWrites::normalised).toList());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!WRITES.contains(request.getMethod())) {
            return chain.filter(exchange);
        }
        HttpHeaders headers = request.getHeaders();
        String origin = headers.getOrigin();
        boolean trusted = origin != null && trustedOrigins.contains(normalised(origin));
        String site = headers.getFirst(FETCH_SITE);
        if (!trusted && site != null && !site.equals("same-origin") && !site.equals("none")) {
            return refuse(exchange, "cross-site-write", "A write from a page of another site is refused"
                    + " 拒绝来自其他网站页面的写操作 (" + FETCH_SITE + ": " + site + "): send it from this service's own"
                    + " pages or from a client that is not a browser");
        }
        if (!trusted && site == null && origin != null && !sameHost(origin, headers.getFirst(HttpHeaders.HOST))) {
            return refuse(exchange, "cross-site-write", "A write from a page of another site is refused"
                    + " 拒绝来自其他网站页面的写操作 (Origin " + origin + " is not this service; trusted origins are"
                    + " set in huiying.security.trusted-origins)");
        }
        if (HttpMethod.POST.equals(request.getMethod()) && formBody(headers)
                && !headers.containsKey(CLIENT_HEADER)) {
            return refuse(exchange, "client-header-required", "The header " + CLIENT_HEADER + " is missing 缺少请求头:"
                    + " a POST with a " + headers.getContentType() + " body must carry it (any value), or send JSON"
                    + " (Content-Type: application/json)");
        }
        return chain.filter(exchange);
    }

    private static boolean formBody(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type != null && FORM_TYPES.stream().anyMatch(form -> form.isCompatibleWith(type));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalised(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, String type, String detail) {
        return SecurityProblems.write(exchange, HttpStatus.FORBIDDEN, type, detail);
    }
}
