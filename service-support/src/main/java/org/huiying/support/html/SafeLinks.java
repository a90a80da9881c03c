package org.huiying.support.html;

import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links to scraped addresses on the printable pages. A post's {@code url} comes from a forum scraper, so only a
 * plain {@code http}/{@code https} address with a host becomes a link (opening without the page as its opener or
 * referrer); anything else — {@code javascript:}, {@code data:}, a relative path, an address with spaces or
 * control characters — is shown as escaped, inert text.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    /** The address as a link when it is a web address, else as inert text; empty for none. */
    public static String link(String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        String text = escape(url);
        if (!isWebAddress(url)) {
            return "<span class=\"inert-url\" title=\"not a web address 非网页地址，未设链接\">" + text + "</span>";
        }
        return "<a href=\"" + text + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">" + text + "</a>";
    }

    /** Whether the address is an absolute http or https URL with a host, free of whitespace and control characters. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** HTML-escapes text for an element's content or a double- or single-quoted attribute. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
