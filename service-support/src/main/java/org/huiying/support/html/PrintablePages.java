package org.huiying.support.html;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * The printable HTML pages (dispatch slip, case file) are answered with a content security policy that allows
 * their inline style and the print button and nothing else: no other script, no form, no frame, no remote resource.
 * Even markup that escaped escaping could then run nothing.
 */
public final class PrintablePages {

    /** The hash is that of the print button's handler, {@code window.print()}. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-hashes' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private PrintablePages() {
    }

    public static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY).body(html);
    }
}
