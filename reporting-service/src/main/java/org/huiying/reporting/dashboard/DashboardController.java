package org.huiying.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The office dashboard is static HTML and JavaScript under {@code /dashboard/}; this sends {@code /dashboard} there. */
@RestController
@Tag(name = "Dashboard 考核看板")
public class DashboardController {

    @GetMapping({"/dashboard", "/dashboard/"})
    @Operation(summary = "舆情办考核看板 The office dashboard (HTML)")
    public ResponseEntity<Void> dashboard() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/dashboard/index.html")).build();
    }
}
