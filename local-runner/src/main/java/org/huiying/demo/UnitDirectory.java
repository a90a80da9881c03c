package org.huiying.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The units of the unit directory file (the routing-service's format) with their registered forum accounts, and
 * a simple reading of its routing rules, so that simulated replies come from a plausible unit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitDirectory(List<Unit> units, List<Rule> rules) {

    /** The demo directory inside the repository, relative to the project root. */
    public static final String REPOSITORY_FILE = "routing-service/src/main/resources/directory/anji-demo.yml";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String id, String name, String kind, List<Account> accounts) {
        public Unit {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }

        public Optional<String> handleOn(String source) {
            return accounts.stream().filter(a -> source.equals(a.source())).map(Account::handle).findFirst();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String source, String handle) {
    }

    /** A rule applies when each criterion it names holds: the board, any of the places, any of the keywords. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String id, int priority, String board, List<String> places, List<String> keywords,
                       String lead) {
        public Rule {
            places = places == null ? List.of() : List.copyOf(places);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        boolean applies(String postBoard, String text) {
            if (board == null && places.isEmpty() && keywords.isEmpty()) {
                return false;
            }
            return (board == null || board.equals(postBoard))
                    && (places.isEmpty() || places.stream().anyMatch(text::contains))
                    && (keywords.isEmpty() || keywords.stream().anyMatch(text::contains));
        }
    }

    public UnitDirectory {
        units = units == null ? List.of() : List.copyOf(units);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static UnitDirectory load(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Files.readAllBytes(file), UnitDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unit directory " + file, e);
        }
    }

    /**
     * The directory file the services use: {@code HUIYING_DIRECTORY} if it names a file, else the demo directory
     * of the repository.
     */
    public static Path locate(Path projectRoot, Map<String, String> env) {
        String configured = env.get("HUIYING_DIRECTORY");
        if (configured != null && !configured.isBlank() && !configured.startsWith("classpath:")) {
            String path = configured.startsWith("file:") ? configured.substring("file:".length()) : configured;
            return Path.of(path).toAbsolutePath();
        }
        return projectRoot.resolve(REPOSITORY_FILE);
    }

    /** The lead unit of the highest-priority rule that applies (the first in the file on a tie). */
    public Optional<Unit> route(String board, String text) {
        return rules.stream()
                .filter(rule -> rule.applies(board, text))
                .max(Comparator.comparingInt(Rule::priority).thenComparing(rule -> -rules.indexOf(rule)))
                .flatMap(rule -> unit(rule.lead()));
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> Objects.equals(u.id(), id)).findFirst();
    }

    /** The units that have an account on {@code source}. */
    public List<Unit> unitsOn(String source) {
        return units.stream().filter(u -> u.handleOn(source).isPresent()).toList();
    }
}
