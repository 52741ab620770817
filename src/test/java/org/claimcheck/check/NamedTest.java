package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedTest {

    enum Side implements Named {
        LEFT("left-hand"), RIGHT("right-hand");

        private final String id;

        Side(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Test
    void should_find_a_constant_by_its_spelling_not_its_name() {
        assertThat(Named.byId(Side.class, "right-hand")).contains(Side.RIGHT);
        assertThat(Named.byId(Side.class, "RIGHT")).isEmpty();
    }

    @Test
    void should_list_the_spellings_in_declaration_order() {
        assertThat(Named.ids(Side.class)).containsExactly("left-hand", "right-hand");
        assertThat(Named.oneOf(Side.class)).isEqualTo("one of left-hand, right-hand");
    }
}
