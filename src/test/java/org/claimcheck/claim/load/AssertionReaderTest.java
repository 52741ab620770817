package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tolerance a figure gets from its own precision, and how the report words where it came from. */
class AssertionReaderTest {

    @TempDir
    Path temp;

    private Tolerance tolerance(String figure) {
        String yaml = """
                claims:
                  - id: size
                    quote: "a 100B-parameter model"
                    section: "Demo Model Review"
                    asserts:
                      figure: %s
                    interpretations:
                      - id: total
                        reading: "total parameters"
                        stated: true
                        fact: demo.total-params
                """.formatted(figure);
        Loaded<ArticleClaims> loaded = FixtureTree.in(temp).claims("a.yaml", yaml).load();
        assertThat(loaded.problems()).isEmpty();
        return ((Assertion.Figure) loaded.value().claims().get(0).assertion()).tolerance();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // half a step of the last written digit, in the figure's own unit and written as reports write numbers
        "671B parameters | 5e8 | from the precision of \"671B parameters\" (±500M parameters, half its last digit)",
        "100.5B parameters | 5e7 | from the precision of \"100.5B parameters\" (±50M parameters, half its last digit)",
        "2000 parameters | 0.5 | from the precision of \"2000 parameters\" (±0.5 parameters, half its last digit)",
        // dollars from a thousand up in thousands, as money is written ("$500K", not "$500000")
        "$100M | 5e5 | from the precision of \"$100M\" (±$500K, half its last digit)",
        "$5.576M | 500 | from the precision of \"$5.576M\" (±$500, half its last digit)",
        "$2.5B | 5e7 | from the precision of \"$2.5B\" (±$50M, half its last digit)"
    })
    void should_word_the_precision_of_a_figure_in_its_own_unit(String figure, double amount, String origin) {
        Tolerance tolerance = tolerance(figure);

        assertThat(tolerance.amount()).isEqualTo(amount);
        assertThat(tolerance.origin()).isEqualTo(origin);
    }

    @Test
    void should_keep_a_percent_sign_against_its_number() {
        assertThat(tolerance("50%").origin()).isEqualTo("from the precision of \"50%\" (±0.5%, half its last digit)");
    }
}
