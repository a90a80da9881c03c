package org.huiying.routing.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;

/** Loads the directory named by {@code HUIYING_DIRECTORY} (a file path or a {@code classpath:} resource). */
@Configuration
public class DirectoryConfiguration {

    @Bean
    public UnitDirectory unitDirectory(@Value("${huiying.directory}") String location, ResourceLoader resources)
            throws IOException {
        Resource resource = resources.getResource(location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*")
                ? location : "file:" + location);
        if (!resource.exists()) {
            throw new InvalidDirectoryException("Unit directory not found: " + location);
        }
        try (InputStream in = resource.getInputStream()) {
            return new DirectoryFileReader().read(in, location);
        }
    }
}
