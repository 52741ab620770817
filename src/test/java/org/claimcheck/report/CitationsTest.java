package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {

    private static final Map<String, Document> DOCUMENTS = Map.of(
            "R", new Document("R", "DeepSeek-V3 Technical Report", "DeepSeek-AI", "2024-12-26", "", "", "PDF", "",
                    false),
            "CFG-V3", new Document("CFG-V3", "DeepSeek-V3 config.json", "", "", "", "", "copy",
                    "claims/library/models/deepseek-v3/config.json", false),
            "claimcheck", new Document("claimcheck", "A convention of claimcheck", "", "", "", "", "docs", "", true));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // locators as the seed article's report.json has them: the figure file and pointer are the working
        "Table 3, p.25 (claims/library/figures/deepseek-v3-report-figures.json: table3_base_models_p25.rows.Pile-test "
                + "(BPB).3)|Table 3, p.25",
        "MODEL_CARD.md, training time (GPU hours) (claims/library/figures/external-baseline-figures.json: "
                + "llama_3_1_model_card.training_gpu_hours.405B)|MODEL_CARD.md, training time (GPU hours)",
        // a parenthesis of the locator's own words stays
        "§3.3.2 p.16 (1x128 tiles, 128x128 blocks)|§3.3.2 p.16 (1x128 tiles, 128x128 blocks)",
        "§4.2, p.22|§4.2, p.22"})
    void should_cite_a_place_without_the_file_and_pointer_it_was_read_from(String locator, String place) {
        assertThat(Citations.place(locator)).isEqualTo(place);
    }

    @Test
    void should_group_places_by_document_and_leave_internal_documents_to_the_working() {
        // given
        List<Source> sources = List.of(new Source("R", "Table 1, p.5"),
                new Source("claims/library/models/deepseek-v3/config.json", "hidden_size"),
                new Source("claimcheck", "issue 3: training = 3 × forward"),
                new Source("R", "Table 3, p.25 (claims/library/figures/f.json: t.rows.x.2)"),
                new Source("R", "Table 1, p.5"),
                new Source("claims/library/models/deepseek-v3/config.json", "num_hidden_layers"),
                new Source("X", ""));
        // when
        List<Citations.Cited> cited = Citations.of(sources, DOCUMENTS);
        // then: R, the config under its document's key, and X, which the library does not list, as it is
        assertThat(cited).containsExactly(
                new Citations.Cited("R", List.of("Table 1, p.5", "Table 3, p.25")),
                new Citations.Cited("CFG-V3", List.of("hidden_size", "num_hidden_layers")),
                new Citations.Cited("X", List.of()));
        assertThat(cited.get(1).anchor()).isEqualTo("source-CFG-V3");
    }

    @Test
    void should_show_three_places_on_a_card_and_count_the_rest() {
        CitationView view = CitationView.of(new Citations.Cited("CFG-V3", List.of("a", "b", "c", "d", "e")));
        assertThat(view).isEqualTo(new CitationView("CFG-V3", "source-CFG-V3", "a; b; c", 2));
    }
}
