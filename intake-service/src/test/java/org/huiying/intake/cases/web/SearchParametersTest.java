package org.huiying.intake.cases.web;

import org.huiying.support.web.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"page|abc", "page|-1", "page|10001", "page|99999999999", "page|''",
            "size|0", "size|201", "size|2.5", "sort|','", "sort|bogus", "sort|postedAt,sideways",
            "sort|postedAt,asc,x", "sort|''"})
    void shouldRefuseNamingTheParameterWhenItCannotBeRead(String name, String value) {
        assertThatThrownBy(() -> read(name, value))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(name));
    }

    @Test
    void shouldReadThePageSizeAndOrderWhenTheyAreWellFormed() {
        assertThat(SearchParameters.page("3")).isEqualTo(3);
        assertThat(SearchParameters.size("200")).isEqualTo(200);
        assertThat(SearchParameters.sort("answeredAt,asc")).isEqualTo(new SearchParameters.Order("answeredAt", false));
        assertThat(SearchParameters.sort("postedAt")).isEqualTo(new SearchParameters.Order("postedAt", true));
        assertThat(SearchParameters.sort("severity,DESC")).isEqualTo(new SearchParameters.Order("severity", true));
    }

    private static Object read(String name, String value) {
        return switch (name) {
            case "page" -> SearchParameters.page(value);
            case "size" -> SearchParameters.size(value);
            default -> SearchParameters.sort(value);
        };
    }
}
