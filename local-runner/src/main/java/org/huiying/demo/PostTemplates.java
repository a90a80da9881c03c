package org.huiying.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The simulator's texts, read from {@code demo/posts.yml} on the class path. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostTemplates(
        List<Source> sources,
        List<String> generalBoards,
        List<String> places,
        List<String> roads,
        List<String> authors,
        List<Template> posts,
        Map<String, List<String>> replies) {

    public static final String RESOURCE = "/demo/posts.yml";

    /** A forum. {@code board} set: every post of this source goes to that board. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String name, int weight, String board, String threadUrl) {
    }

    /** A post; {@code kind} is complaint, suggestion or consultation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Template(String kind, String board, String title, String body) {
    }

    public static PostTemplates load() {
        try (InputStream in = PostTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            PostTemplates templates = new ObjectMapper(new YAMLFactory()).readValue(in, PostTemplates.class);
            templates.validate();
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void validate() {
        require(sources != null && !sources.isEmpty(), "sources");
        require(generalBoards != null && !generalBoards.isEmpty(), "generalBoards");
        require(places != null && !places.isEmpty(), "places");
        require(roads != null && !roads.isEmpty(), "roads");
        require(authors != null && !authors.isEmpty(), "authors");
        require(posts != null && !posts.isEmpty(), "posts");
        require(replies != null, "replies");
        for (Template post : posts) {
            require(post.title() != null && post.body() != null && replies.containsKey(post.kind()),
                    "post '" + post.title() + "' (a title, a body and a kind that has replies)");
        }
        for (Source source : sources) {
            require(source.name() != null && source.weight() > 0 && source.threadUrl() != null,
                    "source " + source.name() + " (name, weight > 0, threadUrl)");
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(RESOURCE + ": " + what + " missing or invalid");
        }
    }
}
