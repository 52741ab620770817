package org.claimcheck.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void should_refuse_an_object_that_names_a_key_twice() {
        // RFC 8259 §4: "The names within an object SHOULD be unique"; a reader that keeps the last value would let a
        // second "x" change a figure without a word
        assertThatThrownBy(() -> JsonTree.parse("{\"x\": 1, \"y\": {\"z\": 2, \"z\": 3}}"))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getOriginalMessage())
                        .isEqualTo("Duplicate field 'z'"));
    }

    @Test
    void should_refuse_anything_after_the_value() {
        assertThatThrownBy(() -> JsonTree.parse("{\"x\": 1} {\"x\": 2}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void should_read_the_same_key_in_different_objects_and_white_space_as_nothing() throws JsonProcessingException {
        assertThat(JsonTree.parse("[{\"x\": 1}, {\"x\": 2}]").findValues("x")).hasSize(2);
        assertThat(JsonTree.parse("  \n").isMissingNode()).isTrue();
    }
}
