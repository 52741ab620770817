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
import org.claimcheck.report.MarkdownSummaryReporter;
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

    /**
     * moe-compute-cut-84pct, worked by hand: activated weights 36,625,618,432 (FACTS.md D3) against Llama 3.1 405B's
     * 403,752,042,496 → 1 − 0.09071 = 90.9%; against Llama 3.1 70B's 69,503,033,344 → 47.3%; against Llama 3.1 8B's
     * 32 × 218,112,000 + 4,096 + 128,256 × 4,096 = 7,504,924,672 → 1 − 4.8802 = −388.0%. Forward FLOPs at a 4K
     * context: V3 ≈ 250 GFLOP per training token (HW Table 2) ÷ 3 = 83.3 GFLOP against Llama 3.1 405B's
     * 2 × 403.75B + 2 × 2 × 126 layers × 16,384 × 4,096 / 2 (causal) ≈ 824.4 GFLOP → 89.9%. Shown to one decimal,
     * "84%" having none; 84% needs 36,625,618,432 / 0.16 = 228.9B, shown to three digits ("84%" has two).
     */
    static final String MOE_SENTENCE = "The article says \"slashes computation by 84% compared to dense models like "
            + "Llama 3\". No reading the text states bears it out: they give 90.9% (\"forward compute per token "
            + "(2 × activated weights) against Llama 3.1 405B, dense\"), 47.3% (\"the same against Llama 3 70B (the "
            + "Llama 3.1 70B architecture)\"), -388.0% (\"the same against Llama 3 8B (the Llama 3.1 8B "
            + "architecture)\") and 89.9% (\"forward FLOPs per token at a 4,096-token context, attention included, "
            + "against Llama 3.1 405B\"), so 84% is too low under 2 of them and too high under 2. 84% would need "
            + "dense = 229B parameters, where the sources give 404B parameters and 69.5B parameters.";

    /** cheaper-than-gpt4: R Table 1 p.5, 2.788M GPU-hours × $2 = $5.576M, shown to $0.1M ("$100M" is to $1M). */
    static final String CHEAPER_SENTENCE = "The article says \"without burning through cash\", read here as at most "
            + "$100M, a figure the quote does not give. The stated reading \"DeepSeek-V3's training cost is below "
            + "GPT-4's reported $100M\" gives $5.6M, which bears it out.";
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
        // the seven claims given caveats all follow; the counts of verdicts are those before any caveat
        assertThat(result.claims()).filteredOn(c -> c.rating() == Rating.NEEDS_CONTEXT)
                .extracting(c -> c.claim().id()).containsExactlyInAnyOrder("outperforms-llama3",
                        "outperforms-claude35", "cheaper-than-gpt4", "gpt4-budget-100m", "fp8-halves-size",
                        "fp8-stable", "experts-active-8-per-task");
        assertThat(result.counts()).containsEntry(Verdict.FOLLOWS, 13).containsEntry(Verdict.DOES_NOT_FOLLOW, 9)
                .containsEntry(Verdict.UNSUPPORTED, 7).containsEntry(Verdict.NOT_CHECKABLE, 1);
        assertThat(result.flagged()).isEqualTo(16);
        assertThat(ConsoleReporter.summary(result)).isEqualTo("30 claims: 13 FOLLOWS (7 need context), 9 DOES NOT "
                + "FOLLOW, 7 UNSUPPORTED, 1 NOT CHECKABLE; 16 flagged; 0 problems");
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
    void should_give_each_claim_its_verdict_in_plain_words_in_report_json() throws Exception {
        assertThat(jsonClaim("moe-compute-cut-84pct").get("verdictSentence").asText()).isEqualTo(MOE_SENTENCE);
        assertThat(jsonClaim("cheaper-than-gpt4").get("verdictSentence").asText()).isEqualTo(CHEAPER_SENTENCE);
    }

    @Test
    void should_put_the_verdict_sentence_in_the_claim_review_with_the_caveats_in_its_body() throws Exception {
        // given
        String jsonLd = new ClaimReviewReporter().render(result);
        JsonNode graph = JSON.readTree(jsonLd).get("@graph");
        List<String> ids = result.claims().stream().map(c -> c.claim().id()).toList();
        JsonNode cut = graph.get(ids.indexOf("moe-compute-cut-84pct"));
        JsonNode cheaper = graph.get(ids.indexOf("cheaper-than-gpt4"));
        // then
        assertThat(org.claimcheck.report.ClaimReviewShape.SCHEMA.validate(JSON.readTree(jsonLd))).isEmpty();
        assertThat(cut.at("/reviewRating/ratingExplanation").asText()).isEqualTo(MOE_SENTENCE);
        assertThat(cut.get("reviewBody").asText()).isEqualTo(MOE_SENTENCE);
        assertThat(cut.at("/itemReviewed/text").asText()).isEqualTo("slashes computation by 84% compared to dense "
                + "models like Llama 3");
        assertThat(cheaper.at("/reviewRating/ratingExplanation").asText()).isEqualTo(CHEAPER_SENTENCE);
        assertThat(cheaper.get("reviewBody").asText()).isEqualTo(CHEAPER_SENTENCE + " Needs context: DeepSeek's "
                + "$5.576M prices the official training run only, at an assumed rental of $2 per H800 GPU-hour; prior "
                + "research and ablation runs are left out (R, §1 and Table 1, p.5). Set against an all-in figure "
                + "for GPT-4, a run's rental is not like for like: priced the same way, Llama 3.1 405B's training run "
                + "would also come in under $100M (derivation v3-cost-at-llama-405b-hours (\"Llama 3.1 405B's "
                + "GPU-hours at DeepSeek's $2 rate, for scale\"): $61.68M).");
    }

    @Test
    void should_fit_report_md_in_a_pull_request_comment_with_the_flagged_and_needs_context_claims() {
        // when
        String markdown = new MarkdownSummaryReporter().render(result);
        // then
        assertThat(markdown.length()).isLessThan(60_000);
        assertThat(markdown).contains("## Flagged (16)").contains("## Needs context (7)")
                .contains("### moe-compute-cut-84pct — False\n\n> slashes computation by 84% compared to dense models "
                        + "like Llama 3\n\n" + MOE_SENTENCE + "\n\n###")
                .contains("### cheaper-than-gpt4 — Needs context\n\n> without burning through cash\n\n"
                        + CHEAPER_SENTENCE + "\n\n**Needs context:**\n\n- DeepSeek's $5.576M prices the official "
                        + "training run only, at an assumed rental of $2 per H800 GPU-hour; prior research and "
                        + "ablation runs are left out (R, §1 and Table 1, p.5).\n- Set against an all-in figure for "
                        + "GPT-4, a run's rental is not like for like: priced the same way, Llama 3.1 405B's training "
                        + "run would also come in under $100M (derivation v3-cost-at-llama-405b-hours (\"Llama 3.1 "
                        + "405B's GPU-hours at DeepSeek's $2 rate, for scale\"): $61.68M).\n")
                .doesNotContain("### params-671b").doesNotContain("Left out for lack of room");
    }

    @Test
    void should_print_the_article_s_figure_mark_a_threshold_the_claim_file_chose_and_define_flagged_last() {
        // given: columns as wide as their widest cell ("experts-active-8-per-task", "DOES NOT FOLLOW",
        // "671B parameters") and two spaces; the deciding value of moe-compute-cut-84pct is the reading nearest
        // 84%, forward FLOPs (89.9%, see MOE_SENTENCE); cheaper-than-gpt4's $5.576M is shown to $0.1M; "eliminates"
        // idle time is read as at most 0%, and DeepSeek's EPLB example's layer 0 idles 1 − 1/1.2081 = 17.2%
        List<String> lines = new ConsoleReporter().render(result).lines().toList();
        // then
        assertThat(lines).contains(
                "moe-compute-cut-84pct      DOES NOT FOLLOW  84%              89.9%",
                "cheaper-than-gpt4          FOLLOWS          ≤$100M*          $5.6M",
                "redundant-experts-idle     DOES NOT FOLLOW  ≤0%*             17.2%",
                "* no figure in the quote: the threshold the claim file reads it as, not the article's figure");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Flagged = DOES NOT FOLLOW or UNSUPPORTED: a flagged claim "
                + "makes the audit exit 1.");
    }

    @Test
    void should_show_the_caveats_first_on_the_card_with_their_sources() {
        String html = new HtmlReporter().render(result);
        String card = html.substring(html.indexOf(
                "<article class=\"card needs-context\" id=\"claim-cheaper-than-gpt4\""));
        assertThat(card).contains("<h3 id=\"claim-cheaper-than-gpt4-title\">cheaper-than-gpt4</h3> "
                + "<span class=\"verdict needs-context\">NEEDS CONTEXT</span> <span class=\"meta\">verdict: "
                + "<span class=\"verdict follows\">FOLLOWS</span>, with the context below</span>\n"
                + "<section class=\"caveats\" aria-labelledby=\"claim-cheaper-than-gpt4-context\">"
                + "<h4 id=\"claim-cheaper-than-gpt4-context\">Needs context</h4>\n"
                + "<ul><li><bdi>DeepSeek&#39;s $5.576M prices the official training run only, at an assumed rental "
                + "of $2 per H800 GPU-hour; prior research and ablation runs are left out.</bdi> "
                + "<cite>(<bdi>R, §1 and Table 1, p.5</bdi>)</cite> "
                + "<span class=\"cite\">[<a href=\"#source-R\"><bdi>R</bdi></a>]</span></li>");
        assertThat(card).contains("</span></li></ul></section>\n<p class=\"verdict-sentence\"><bdi>"
                + escaped(CHEAPER_SENTENCE)
                + "</bdi></p>\n<blockquote>");
        String cutCard = html.substring(html.indexOf("id=\"claim-moe-compute-cut-84pct\""));
        assertThat(cutCard.substring(0, cutCard.indexOf("</article>"))).doesNotContain("class=\"caveats\"")
                .contains("<span class=\"verdict does-not-follow\">DOES NOT FOLLOW</span>\n"
                        + "<p class=\"verdict-sentence\"><bdi>" + escaped(MOE_SENTENCE) + "</bdi></p>\n<blockquote>");
    }

    @Test
    void should_index_the_claims_by_quote_and_figure_and_mark_the_article_by_rating() {
        String html = new HtmlReporter().render(result);
        // the index: what a reader sees first, the quote, the figure (a threshold marked *), and the id last
        assertThat(html).contains("<li><span class=\"verdict needs-context\">NEEDS CONTEXT</span> "
                + "<a href=\"#claim-cheaper-than-gpt4\"><q><bdi>without burning through cash</bdi></q></a> · "
                + "<span class=\"claimed\"><bdi>at most $100M*</bdi></span> "
                + "<code><bdi>cheaper-than-gpt4</bdi></code></li>");
        assertThat(html).contains("<li><span class=\"verdict does-not-follow\">DOES NOT FOLLOW</span> "
                + "<a href=\"#claim-moe-compute-cut-84pct\"><q><bdi>slashes computation by 84% compared to dense "
                + "models like Llama 3</bdi></q></a> · <span class=\"claimed\"><bdi>84%</bdi></span> ");
        assertThat(html).contains("<p class=\"meta\">" + "* no figure in the quote: the threshold the claim file reads it as, not the article&#39;s figure" + "</p>");
        // the article's marks carry the rating: a claim that follows with caveats is not shown as plainly true
        assertThat(html).contains("<mark class=\"needs-context\" id=\"quote-cheaper-than-gpt4\"")
                .contains("<mark class=\"does-not-follow\" id=\"quote-moe-compute-cut-84pct\"")
                .contains("<mark class=\"follows\" id=\"quote-params-671b\"");
        // the summary: 13 follow, of which the 7 with caveats need context
        assertThat(html).contains("<li class=\"count follows\"><span class=\"n\">13</span> "
                + "<span class=\"verdict follows\">FOLLOWS</span><span class=\"rated\">7 need context</span></li>");
    }

    @Test
    void should_draw_a_claimed_figure_only_on_plots_of_the_compared_quantity() {
        String html = new HtmlReporter().render(result);
        // the 62% cut is drawn on the plot of cuts against each baseline, which plots the derivations' values;
        // the 37% memory saving is not drawn on the plot of FP8 accumulation's relative error, a ratio too
        assertThat(card(html, "cost-cut-62pct")).contains("claimed: 62%");
        assertThat(card(html, "h800-memory-37pct")).doesNotContain("claimed: 37%");
        // 90% GPU utilisation is drawn beside the MFU, not beside the pipeline's bubble share
        String dualpipe = card(html, "dualpipe-90pct");
        String bubble = dualpipe.substring(dualpipe.indexOf("bubble-share-by-micro-batches"));
        assertThat(bubble.substring(0, bubble.indexOf("</figure>"))).doesNotContain("claimed: 90%");
        String mfu = dualpipe.substring(dualpipe.indexOf("mfu-interpretations"));
        assertThat(mfu.substring(0, mfu.indexOf("</figure>"))).contains("claimed: 90%");
    }

    private static String card(String html, String id) {
        String card = html.substring(html.indexOf(" id=\"claim-" + id + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    /** Text as the page's template escapes it (mustache.java's HTML escaping). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("`", "&#96;").replace("=", "&#61;");
    }
}
