package org.huiying.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ServerWebInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActingUnitTest {

    static final HuiyingUser JIAOTONG = new HuiyingUser("jiaotong-liaison", "{noop}x", Role.UNIT, "jiaotong");
    static final HuiyingUser OFFICE = new HuiyingUser("office-wang", "{noop}x", Role.OFFICE, null);

    @Test
    void shouldActForItsOwnUnitWhenAUnitUserNamesNoUnitOrItsOwn() {
        assertThat(ActingUnit.of(JIAOTONG, null)).isEqualTo("jiaotong");
        assertThat(ActingUnit.of(JIAOTONG, " ")).isEqualTo("jiaotong");
        assertThat(ActingUnit.of(JIAOTONG, "jiaotong")).isEqualTo("jiaotong");
    }

    @Test
    void shouldRefuseNamingBothUnitsWhenAUnitUserActsForAnotherUnit() {
        assertThatThrownBy(() -> ActingUnit.of(JIAOTONG, "dipu"))
                .isInstanceOf(OtherUnitException.class)
                .hasMessageContaining("jiaotong-liaison").hasMessageContaining("jiaotong").hasMessageContaining("dipu")
                .hasMessageContaining("只能以本单位");
    }

    @Test
    void shouldActForTheNamedUnitWhenTheOfficeActsAndAskForItWhenNoneIsNamed() {
        assertThat(ActingUnit.of(OFFICE, "dipu")).isEqualTo("dipu");
        assertThatThrownBy(() -> ActingUnit.of(OFFICE, null))
                .isInstanceOf(ServerWebInputException.class).hasMessageContaining("unitId");
    }
}
