package org.huiying.support.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/**
 * A user from the users file; unit users carry the unit they act for, and whether they are one of its spokespersons
 * (网络发言人), who may approve the unit's answers.
 */
public class HuiyingUser extends User {

    private final Role role;
    private final String unitId;
    private final boolean spokesperson;

    public HuiyingUser(String username, String passwordHash, Role role, String unitId) {
        this(username, passwordHash, role, unitId, false);
    }

    public HuiyingUser(String username, String passwordHash, Role role, String unitId, boolean spokesperson) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.unitId = unitId;
        this.spokesperson = role == Role.UNIT && spokesperson;
    }

    public Role role() {
        return role;
    }

    /** The unit a unit user acts for; null for the office and viewers. */
    public String unitId() {
        return role == Role.UNIT ? unitId : null;
    }

    /** A unit user who speaks for its unit (网络发言人) and so may approve its answers; never the office or a viewer. */
    public boolean spokesperson() {
        return spokesperson;
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
