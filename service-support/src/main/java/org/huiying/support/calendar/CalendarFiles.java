package org.huiying.support.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads calendar year files: YAML or JSON (the same fields), shipped in the jar or from a directory. */
public final class CalendarFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private CalendarFiles() {
    }

    /** The years shipped with the service ({@code classpath*:calendar/*.yml}, from service-support). */
    public static List<CalendarYear> shipped() {
        try {
            List<CalendarYear> years = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    years.add(read(in, resource.getFilename()));
                }
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code *.yml}, {@code *.yaml} or {@code *.json} file of the directory. */
    public static List<CalendarYear> inDirectory(Path dir) {
        try (var files = Files.list(dir)) {
            List<CalendarYear> years = new ArrayList<>();
            for (Path file : files.filter(CalendarFiles::isCalendarFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    years.add(read(in, file.toString()));
                }
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar directory " + dir, e);
        }
    }

    public static CalendarYear read(InputStream in, String name) {
        try {
            return YAML.readValue(in, CalendarYear.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Calendar file " + name + " is invalid: " + e.getMessage(), e);
        }
    }

    private static boolean isCalendarFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
    }
}
