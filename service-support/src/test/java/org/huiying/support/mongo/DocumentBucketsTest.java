package org.huiying.support.mongo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentBucketsTest {

    @Test
    void shouldAlwaysPutTheSameCaseInTheSameBucketAndThatBucketAmongTheDocumentsBuckets() {
        DocumentBuckets buckets = new DocumentBuckets(16);

        String bucket = buckets.bucketOf("dipu", "anji-bbs:t-100234");

        assertThat(buckets.bucketOf("dipu", "anji-bbs:t-100234")).isEqualTo(bucket);
        assertThat(buckets.all("dipu")).hasSize(16).contains(bucket);
        assertThat(buckets.documentOf(bucket)).isEqualTo("dipu");
    }

    @Test
    void shouldSpreadManyCasesOverEveryBucket() {
        DocumentBuckets buckets = new DocumentBuckets(16);
        Set<String> used = new HashSet<>();

        IntStream.range(0, 2_000).forEach(i -> used.add(buckets.bucketOf("dipu|2026-03", "anji-bbs:t-" + i)));

        assertThat(used).containsExactlyInAnyOrderElementsOf(buckets.all("dipu|2026-03"));
    }

    @Test
    void shouldKeepThePlainDocumentIdWithOneBucketSoThatTheEarlierLayoutStaysReadable() {
        DocumentBuckets single = new DocumentBuckets(1);

        assertThat(single.bucketOf("dipu|2026-03", "anji-bbs:t-1")).isEqualTo("dipu|2026-03");
        assertThat(single.all("dipu|2026-03")).containsExactly("dipu|2026-03");
        assertThat(single.documentOf("dipu|2026-03")).isEqualTo("dipu|2026-03");
    }

    @Test
    void shouldRefuseZeroBuckets() {
        assertThatThrownBy(() -> new DocumentBuckets(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
