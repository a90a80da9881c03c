package org.huiying.routing.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo directory of 安吉县, and small directory files with one mistake each. */
public final class DirectoryFixture {

    public static final String DEMO = "/directory/anji-demo.yml";

    static final String DUPLICATE_UNIT_ID = """
            units:
              - { id: xiaofeng, name: 孝丰镇, kind: township }
              - { id: xiaofeng, name: 孝丰镇人民政府, kind: township }
            rules: []
            """;

    static final String UNKNOWN_LEAD_UNIT = """
            units:
              - { id: xiaofeng, name: 孝丰镇, kind: township }
              - { id: jiaotong, name: 县交通运输局, kind: department }
            rules:
              - { id: place-xiaofeng, priority: 8, places: [孝丰], lead: xiaofeng }
              - { id: kw-water, priority: 5, keywords: [自来水, 停水], lead: shuiwu }
            """;

    static final String UNKNOWN_KIND = """
            units:
              - { id: dipu, name: 递铺街道, kind: township }
              - { id: dxc, name: 大溪村, kind: village }
            """;

    static final String RULE_WITHOUT_CONDITION = """
            units:
              - { id: dipu, name: 递铺街道, kind: township }
            rules:
              - { id: board-dipu, priority: 10, board: 递铺论坛, lead: dipu }
              - { id: catch-all, priority: 1, lead: dipu }
            """;

    static final String NOT_YAML = """
            units: [ { id: dipu, name: 递铺街道, kind: township
            rules: ]
            """;

    static final String NO_UNITS = """
            单位: 递铺街道
            """;

    static final String UNIT_WITHOUT_NAME = """
            units:
              - { id: meixi, kind: township }
            """;

    static final String DUPLICATE_RULE_ID = """
            units:
              - { id: meixi, name: 梅溪镇, kind: township }
            rules:
              - { id: place-meixi, priority: 8, places: [梅溪], lead: meixi }
              - { id: place-meixi, priority: 8, places: [荆湾], lead: meixi }
            """;

    /** {@code places} written as a single value instead of a list, next to a board. */
    static final String PLACES_NOT_A_LIST = """
            units:
              - { id: xiaofeng, name: 孝丰镇, kind: township }
            rules:
              - { id: xiaofeng, priority: 8, board: 孝丰论坛, places: 孝丰, lead: xiaofeng }
            """;

    private DirectoryFixture() {
    }

    /** The demo directory shipped with routing-service, read as the service reads it. */
    public static UnitDirectory demo() {
        try (InputStream in = DirectoryFixture.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("No demo directory at " + DEMO);
            }
            return new DirectoryFileReader().read(in, "anji-demo.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream file(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
