package org.claimcheck.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void should_give_every_dimension_a_base_unit() {
        // inputs of expressions are taken in their dimension's base unit, so each dimension needs one (factor 1)
        for (Dimension dimension : Dimension.values()) {
            assertThat(Unit.baseOf(dimension).factorToBase()).as(dimension.name()).isEqualTo(1.0);
        }
    }

    @Test
    void should_use_each_spelling_once() {
        long spellings = Arrays.stream(Unit.values()).mapToLong(unit -> unit.spellings().size()).sum();
        long distinct = Arrays.stream(Unit.values()).flatMap(unit -> unit.spellings().stream()).distinct().count();
        assertThat(distinct).isEqualTo(spellings);
    }

    @Test
    void should_convert_within_a_dimension_by_the_named_factors() {
        // 1 GiB = 1024^3 bytes = 1.073741824 GB (IEC 80000-13 vs SI)
        assertThat(Quantity.of(1, Unit.GIB).to(Unit.GB).value()).isEqualTo(1.073741824);
        // 3 days = 72 hours
        assertThat(Quantity.of(3, Unit.DAYS).to(Unit.HOURS).value()).isEqualTo(72.0);
    }
}
