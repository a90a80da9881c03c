package org.huiying.support.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the users file ({@code users: [{username, role, unitId, spokesperson, password}]}, password a BCrypt hash,
 * {@code spokesperson: true} optional on unit users). A file with a duplicate name, an unknown role, a unit user
 * without a unit, a spokesperson who is not a unit user or a password that is not a BCrypt hash is refused at
 * start-up, naming the entry and the field.
 */
final class UsersFile {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    private UsersFile() {
    }

    record Entry(String username, String role, String unitId, Boolean spokesperson, String password) {
    }

    record Document(List<Entry> users) {
    }

    static List<HuiyingUser> read(Resource resource) {
        Document document;
        try (InputStream in = resource.getInputStream()) {
            document = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Document.class);
        } catch (IOException e) {
            throw new IllegalStateException("Users file " + resource + " cannot be read: " + e.getMessage(), e);
        }
        if (document == null || document.users() == null || document.users().isEmpty()) {
            throw new IllegalStateException("Users file " + resource + " lists no users");
        }
        List<HuiyingUser> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < document.users().size(); i++) {
            users.add(toUser(resource, i, document.users().get(i), names));
        }
        return users;
    }

    private static HuiyingUser toUser(Resource resource, int index, Entry entry, Set<String> names) {
        String where = "Users file " + resource + ", entry " + (index + 1) + ": ";
        if (entry.username() == null || entry.username().isBlank() || !names.add(entry.username())) {
            throw new IllegalStateException(where + "'username' is missing or used twice");
        }
        Role role;
        try {
            role = Role.valueOf(String.valueOf(entry.role()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "'role' must be office, unit or viewer, not " + entry.role());
        }
        if (role == Role.UNIT && (entry.unitId() == null || entry.unitId().isBlank())) {
            throw new IllegalStateException(where + "'unitId' is required for a unit user");
        }
        boolean spokesperson = Boolean.TRUE.equals(entry.spokesperson());
        if (spokesperson && role != Role.UNIT) {
            throw new IllegalStateException(where + "'spokesperson' applies to unit users only, not to " + entry.role());
        }
        if (entry.password() == null || !BCRYPT.matcher(entry.password()).matches()) {
            throw new IllegalStateException(where + "'password' must be a BCrypt hash");
        }
        return new HuiyingUser(entry.username(), "{bcrypt}" + entry.password(), role, entry.unitId(),
                spokesperson);
    }
}
