package org.huiying.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are at run time: the {@code lib/} directory next to the launcher jar (the Kafka broker's class
 * path), the project root (where the services' jars are built) and the {@code java} executable.
 */
public record RuntimeLayout(Path projectRoot, Path libDirectory, Path javaExecutable) {

    /**
     * The layout of the running launcher. The lib directory sits next to the launcher jar (or, when run from
     * {@code target/classes}, next to that directory). The project root is the directory that holds
     * {@code local-runner/}; if the launcher does not run from a build of this project, the working directory.
     */
    public static RuntimeLayout detect() {
        Path codeSource = codeSource();
        Path target = codeSource.getParent();
        Path libDirectory = target.resolve("lib");
        Path projectRoot = Path.of("").toAbsolutePath();
        Path module = target.getParent();
        if (target.getFileName() != null && target.getFileName().toString().equals("target")
                && module != null && module.getParent() != null
                && Files.isRegularFile(module.getParent().resolve("pom.xml"))) {
            projectRoot = module.getParent();
        }
        return new RuntimeLayout(projectRoot, libDirectory, currentJava());
    }

    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The class path of the Kafka broker: every jar of the lib directory. */
    public String libClassPath() {
        if (!Files.isDirectory(libDirectory)) {
            throw new IllegalStateException("the launcher's library directory " + libDirectory
                    + " is missing; build the project first (./huiying build)");
        }
        return libDirectory.resolve("*").toString();
    }

    private static Path codeSource() {
        try {
            return Path.of(RuntimeLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher's code", e);
        }
    }
}
