package org.huiying.support.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The unit a request acts for. A unit user always acts for its own unit: the request may leave the unit out, and
 * naming another unit is refused (403). The office may act for any unit and must name it; a viewer never acts.
 */
public final class ActingUnit {

    private ActingUnit() {
    }

    public static String of(HuiyingUser user, String requestedUnitId) {
        boolean named = requestedUnitId != null && !requestedUnitId.isBlank();
        return switch (user.role()) {
            case UNIT -> {
                if (named && !requestedUnitId.equals(user.unitId())) {
                    throw new OtherUnitException(user, requestedUnitId);
                }
                yield user.unitId();
            }
            case OFFICE -> {
                if (!named) {
                    throw new ServerWebInputException("unitId is required when the office acts for a unit"
                            + " 舆情办代为办理时须写明单位 unitId");
                }
                yield requestedUnitId;
            }
            case VIEWER -> throw new AccessDeniedException(
                    "A viewer does not act for a unit 只读用户不能办理");
        };
    }
}
