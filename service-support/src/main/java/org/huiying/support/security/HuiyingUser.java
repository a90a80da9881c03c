package org.huiying.support.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A user from the users file; unit users carry the unit they act for. */
public class HuiyingUser extends User {

    private final Role role;
    private final String unitId;

    public HuiyingUser(String username, String passwordHash, Role role, String unitId) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.unitId = unitId;
    }

    public Role role() {
        return role;
    }

    /** The unit a unit user acts for; null for the office and viewers. */
    public String unitId() {
        return role == Role.UNIT ? unitId : null;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
