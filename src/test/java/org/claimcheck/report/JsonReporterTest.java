package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_give_hostile_text_back_verbatim_when_the_json_is_parsed() throws Exception {
        // when
        JsonNode report = JSON.readTree(new JsonReporter().render(ReportFixture.hostile()));
        // then
        assertThat(report.at("/article/title").asText()).isEqualTo(ReportFixture.HOSTILE);
        assertThat(report.at("/claims/0/quote").asText()).isEqualTo(ReportFixture.QUOTE);
        assertThat(report.at("/claims/1/mechanism").asText()).isEqualTo(ReportFixture.HOSTILE);
        assertThat(report.at("/claims/0/derivations/0/plots/0/title").asText()).isEqualTo(ReportFixture.HOSTILE);
    }

    @Test
    void should_carry_each_plot_with_its_series_and_references() throws Exception {
        JsonNode plot = JSON.readTree(new JsonReporter().render(ReportFixture.plain()))
                .at("/claims/0/derivations/0/plots/0");
        assertThat(plot.get("id").asText()).isEqualTo("cut-by-model");
        assertThat(plot.get("yLabel").asText()).isEqualTo("reduction (ratio)");
        assertThat(plot.get("logX").asBoolean()).isFalse();
        assertThat(plot.at("/series/0/x").toString()).isEqualTo("[1.0,2.0,3.0]");
        assertThat(plot.at("/series/0/y").toString()).isEqualTo("[0.5,0.75,0.9]");
        assertThat(plot.at("/series/0/labels").size()).isZero();
        assertThat(plot.at("/references/0/y").asDouble()).isEqualTo(0.6);
    }
}
