package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.ConsoleReporter;
import org.claimcheck.report.HtmlReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.JunitXmlReporter;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;
import org.claimcheck.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the seed article's reports tell a reader about two claims, against text written by hand from the sources: one
 * that does not follow ({@code moe-compute-cut-84pct}) and one that follows but needs context
 * ({@code cheaper-than-gpt4}).
 */
class SeedArticleReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AuditResult result;

    @BeforeAll
    static void audit() {
        result = Audit.withAllChecks().run(Path.of("claims/deepseek-v3-article"));
    }

    private static ClaimResult claim(String id) {
        return result.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode jsonClaim(String id) throws Exception {
        for (JsonNode claim : JSON.readTree(new JsonReporter().render(result)).get("claims")) {
            if (claim.get("id").asText().equals(id)) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    @Test
    void should_rate_the_claims_whose_caveats_the_sources_bear_out_as_needing_context_and_change_no_verdict() {
        // the six claims given caveats all follow; the counts of verdicts are those before any caveat
        assertThat(result.claims()).filteredOn(c -> c.rating() == Rating.NEEDS_CONTEXT)
                .extracting(c -> c.claim().id()).containsExactlyInAnyOrder("outperforms-llama3",
                        "outperforms-claude35", "cheaper-than-gpt4", "gpt4-budget-100m", "fp8-halves-size",
                        "fp8-stable");
        assertThat(result.counts()).containsEntry(Verdict.FOLLOWS, 12).containsEntry(Verdict.DOES_NOT_FOLLOW, 11)
                .containsEntry(Verdict.UNSUPPORTED, 6).containsEntry(Verdict.NOT_CHECKABLE, 1);
        assertThat(result.flagged()).isEqualTo(17);
        assertThat(ConsoleReporter.summary(result)).isEqualTo("30 claims: 12 FOLLOWS (6 need context), 11 DOES NOT "
                + "FOLLOW, 6 UNSUPPORTED, 1 NOT CHECKABLE; 17 flagged; 0 problems");
    }

    @Test
    void should_give_rating_and_sourced_caveats_in_report_json() throws Exception {
        // given: R p.5 prices the run at $2 per H800 GPU-hour; Llama 3.1 405B took 30.84M GPU-hours (L31),
        // so at the same rate 30.84M × $2 = $61.68M
        JsonNode cheaper = jsonClaim("cheaper-than-gpt4");
        JsonNode cut = jsonClaim("moe-compute-cut-84pct");
        // then
        assertThat(cheaper.get("verdict").asText()).isEqualTo("FOLLOWS");
        assertThat(cheaper.get("rating").asText()).isEqualTo("NEEDS_CONTEXT");
        assertThat(cheaper.get("flagged").asBoolean()).isFalse();
        assertThat(cheaper.at("/caveats/0/text").asText()).isEqualTo("DeepSeek's $5.576M prices the official "
                + "training run only, at an assumed rental of $2 per H800 GPU-hour; prior research and ablation "
                + "runs are left out.");
        assertThat(cheaper.at("/caveats/0/source/document").asText()).isEqualTo("R");
        assertThat(cheaper.at("/caveats/0/source/locator").asText()).isEqualTo("§1 and Table 1, p.5");
        assertThat(cheaper.at("/caveats/1/interpretation").asText()).isEqualTo("v3-cost-at-llama-405b-hours");
        assertThat(cheaper.at("/caveats/1/citation").asText()).isEqualTo("derivation v3-cost-at-llama-405b-hours "
                + "(\"Llama 3.1 405B's GPU-hours at DeepSeek's $2 rate, for scale\"): $61.68M");
        assertThat(cut.get("rating").asText()).isEqualTo("FALSE");
        assertThat(cut.get("caveats")).isEmpty();
    }

    @Test
    void should_rate_needs_context_in_claim_review_and_still_pass_it_in_junit() throws Exception {
        JsonNode graph = JSON.readTree(new ClaimReviewReporter().render(result)).get("@graph");
        List<String> ids = result.claims().stream().map(c -> c.claim().id()).toList();
        JsonNode cheaper = graph.get(ids.indexOf("cheaper-than-gpt4"));
        JsonNode cut = graph.get(ids.indexOf("moe-compute-cut-84pct"));
        assertThat(cheaper.at("/reviewRating/alternateName").asText()).isEqualTo("Needs context");
        assertThat(cut.at("/reviewRating/alternateName").asText()).isEqualTo("False");
        String xml = new JunitXmlReporter().render(result);
        assertThat(xml).contains("<testcase name=\"cheaper-than-gpt4\" classname=\"claims/deepseek-v3-article/"
                + "claims/fp8.yaml\" time=\"0\">\n</testcase>");
        assertThat(xml).contains("<testcase name=\"moe-compute-cut-84pct\" classname=\"claims/deepseek-v3-article/"
                + "claims/moe.yaml\" time=\"0\">\n<failure message=\"claim moe-compute-cut-84pct");
    }

    @Test
    void should_show_the_caveats_first_on_the_card_with_their_sources() {
        String html = new HtmlReporter().render(result);
        String card = html.substring(html.indexOf("<article class=\"card follows\" id=\"claim-cheaper-than-gpt4\""));
        assertThat(card).contains("<h3 id=\"claim-cheaper-than-gpt4-title\">cheaper-than-gpt4</h3> "
                + "<span class=\"verdict follows\">FOLLOWS</span>\n"
                + "<section class=\"caveats\" aria-labelledby=\"claim-cheaper-than-gpt4-context\">"
                + "<h4 id=\"claim-cheaper-than-gpt4-context\">Needs context</h4>\n"
                + "<ul><li><bdi>DeepSeek&#39;s $5.576M prices the official training run only, at an assumed rental "
                + "of $2 per H800 GPU-hour; prior research and ablation runs are left out.</bdi> "
                + "<cite><bdi>R, §1 and Table 1, p.5</bdi></cite></li>");
        String cutCard = html.substring(html.indexOf("id=\"claim-moe-compute-cut-84pct\""));
        assertThat(cutCard.substring(0, cutCard.indexOf("</article>"))).doesNotContain("class=\"caveats\"");
    }
}
