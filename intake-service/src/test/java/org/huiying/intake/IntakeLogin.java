package org.huiying.intake;

import org.springframework.http.HttpHeaders;

/** Basic-auth logins of the sample users file (service-support/src/main/resources/users/sample-users.yml). */
public final class IntakeLogin {

    private IntakeLogin() {
    }

    public static void viewer(HttpHeaders headers) {
        headers.setBasicAuth("leader-zhao", "viewer-demo-2026");
    }

    public static void office(HttpHeaders headers) {
        headers.setBasicAuth("office-wang", "office-demo-2026");
    }

    public static void jiaotongLiaison(HttpHeaders headers) {
        headers.setBasicAuth("jiaotong-liaison", "jiaotong-demo-2026");
    }

    public static void jiaotongSpokesperson(HttpHeaders headers) {
        headers.setBasicAuth("jiaotong-spokesperson", "jiaotong-demo-2026");
    }

    public static void dipuLiaison(HttpHeaders headers) {
        headers.setBasicAuth("dipu-liaison", "dipu-demo-2026");
    }
}
