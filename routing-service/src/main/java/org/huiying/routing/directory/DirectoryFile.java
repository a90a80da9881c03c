package org.huiying.routing.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A directory file read and checked whole: its name, its directory and the SHA-256 of its text. */
public record DirectoryFile(String name, UnitDirectory directory, String sha256) {

    public static DirectoryFile read(String text, String name) {
        return new DirectoryFile(name, new DirectoryFileReader().read(text, name), sha256(text));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
