package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.FigureParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

    private static final SourceLocation AT = new SourceLocation("claims/x/claims/x.yaml", 1, 1);

    // the quotes are the seed article's; whether each gives the figure is read off by hand
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "84%;             slashes computation by 84% compared to dense models like Llama 3; true",
        "671B parameters; training a 671B-parameter model;                                  true",
        "+12%;            +12% accuracy vs standard MoE;                                    true",
        "$100M;           OpenAI's $100M GPT-4 budget;                                      true",
        "8 experts;       only waking up 8 per task;                                        true",
        "128 channels;    Groups activation values into 128-channel tiles for finer control; true",
        "50%;             outperforming giants like Llama 3;                                false",
        "$100M;           without burning through cash;                                     false",
        "0%;              Eliminates GPU idle time;                                         false",
        "8 experts;       like having 128 specialists;                                      false",
        "12%;             +12% accuracy;                                                    true"
    })
    void should_tell_a_figure_of_the_quote_from_one_the_claim_file_reads_it_as(String figure, String quote,
                                                                                boolean inQuote) {
        Claim claim = new Claim("c", quote, "s", new Assertion.Figure(FigureParser.parse(figure).orElseThrow(),
                Assertion.Bound.ABOUT, new Tolerance(Tolerance.Kind.EXACT, 0, "given")),
                List.of(new Interpretation("i", "r", true, new Method.CheckCall("k", Map.of()), "", AT)), List.of(),
                "", List.of(), AT);
        assertThat(Headline.figureInQuote(claim)).isEqualTo(inQuote);
    }
}
