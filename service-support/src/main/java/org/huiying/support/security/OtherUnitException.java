package org.huiying.support.security;

/** A unit user asked to act in another unit's name; answered 403, naming both units. */
public class OtherUnitException extends RuntimeException {

    private final String requestedUnitId;

    public OtherUnitException(HuiyingUser user, String requestedUnitId) {
        super("User " + user.getUsername() + " acts for unit " + user.unitId() + ", not for unit " + requestedUnitId
                + " 只能以本单位（" + user.unitId() + "）名义办理，不能代表 " + requestedUnitId);
        this.requestedUnitId = requestedUnitId;
    }

    public String requestedUnitId() {
        return requestedUnitId;
    }
}
