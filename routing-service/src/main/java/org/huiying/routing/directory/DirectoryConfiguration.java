package org.huiying.routing.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the directory file named by {@code HUIYING_DIRECTORY} (a file path or a {@code classpath:} resource) at
 * start-up; a file that cannot be used stops the service with the line and the field.
 */
@Configuration
public class DirectoryConfiguration {

    @Bean
    public DirectoryFile configuredDirectoryFile(@Value("${huiying.directory}") String location,
                                                 ResourceLoader resources) throws IOException {
        Resource resource = resources.getResource(location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*")
                ? location : "file:" + location);
        if (!resource.exists()) {
            throw new InvalidDirectoryException("Unit directory not found: " + location);
        }
        try (InputStream in = resource.getInputStream()) {
            return DirectoryFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
        }
    }

    @Bean
    public DirectoryInForce directoryInForce() {
        return new DirectoryInForce();
    }

    @Bean
    public DirectoryFileWriter directoryFileWriter() {
        return new DirectoryFileWriter();
    }
}
