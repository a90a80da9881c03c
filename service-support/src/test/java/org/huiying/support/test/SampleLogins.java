package org.huiying.support.test;

import org.springframework.http.HttpHeaders;

/**
 * HTTP basic logins of the sample users file (service-support/src/main/resources/users/sample-users.yml), the same
 * in all four services; use as {@code .headers(SampleLogins::office)}.
 */
public final class SampleLogins {

    private SampleLogins() {
    }

    /** 舆情办 office-wang. */
    public static void office(HttpHeaders headers) {
        headers.setBasicAuth("office-wang", "office-demo-2026");
    }

    /** 领导小组 leader-zhao, read only. */
    public static void viewer(HttpHeaders headers) {
        headers.setBasicAuth("leader-zhao", "viewer-demo-2026");
    }

    /** 县交通运输局 (unit jiaotong). */
    public static void jiaotongLiaison(HttpHeaders headers) {
        headers.setBasicAuth("jiaotong-liaison", "jiaotong-demo-2026");
    }

    /** 递铺街道 (unit dipu). */
    public static void dipuLiaison(HttpHeaders headers) {
        headers.setBasicAuth("dipu-liaison", "dipu-demo-2026");
    }

    /** 县交通运输局's spokesperson (网络发言人): approves the unit's answers. */
    public static void jiaotongSpokesperson(HttpHeaders headers) {
        headers.setBasicAuth("jiaotong-spokesperson", "jiaotong-demo-2026");
    }

    /** 递铺街道's spokesperson (网络发言人): approves the unit's answers. */
    public static void dipuSpokesperson(HttpHeaders headers) {
        headers.setBasicAuth("dipu-spokesperson", "dipu-demo-2026");
    }
}
