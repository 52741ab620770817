package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.TestTrees;
import org.claimcheck.cli.Main;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test article whose sentences carry several figures (src/test/resources/articles/deepseek-v2-parts), audited end to
 * end against the project's own library with no Java written for it: each part gets its own verdict, the claim the
 * worst of its parts', and every report shows each part.
 *
 * <p>The expected verdicts are read off the sources by hand:
 * <ul>
 *   <li>236B total and 21B activated per token: DeepSeek-V2 report, abstract p.1 — both follow; the 21B part carries
 *       a caveat, so the claim needs context;</li>
 *   <li>6 of 160 routed experts plus 2 shared: the V2 config's num_experts_per_tok = 6, n_routed_experts = 160,
 *       n_shared_experts = 2 — all follow;</li>
 *   <li>40B activated: the report says 21B, so it does not follow; the $5M cost: the library states no V2 training
 *       cost or GPU-hour price, so it is unsupported; worst of the two: DOES NOT FOLLOW;</li>
 *   <li>1.5M GPU-hours: the library states V2's GPU-hours per trillion tokens but not its token count, so it is
 *       unsupported; "friendliest" is an opinion, not checkable; worst: UNSUPPORTED;</li>
 *   <li>60 layers: num_hidden_layers = 60, follows; "a joy to read" is an opinion; worst: FOLLOWS;</li>
 *   <li>a one-figure claim of today's shape beside them: 236B, as the parameters counted from the V2 config (the
 *       model checks are tested against published counts on their own) come within half its last digit.</li>
 * </ul>
 */
class PartsArticleTest {

    private static final Path ARTICLE = Path.of("src/test/resources/articles/deepseek-v2-parts");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path out;
    private static int exit;
    private static final StringWriter STDOUT = new StringWriter();
    private static AuditResult result;

    @BeforeAll
    static void audit() {
        TestTrees.copy(Path.of("claims/library"), temp.resolve("claims/library"));
        TestTrees.copy(ARTICLE, temp.resolve("claims/deepseek-v2-parts"));
        out = temp.resolve("out");
        result = Audit.withAllChecks().run(temp.resolve("claims/deepseek-v2-parts"));
        exit = Main.execute(new String[] {"audit", temp.resolve("claims/deepseek-v2-parts").toString(), "--out",
                out.toString()}, new PrintWriter(STDOUT, true), new PrintWriter(new StringWriter(), true));
    }

    private static ClaimResult claim(String id) {
        return result.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> parts(String id) {
        return claim(id).parts().stream().map(part -> part.claim().id() + " " + part.verdict()).toList();
    }

    @Test
    void should_judge_each_part_and_give_the_claim_the_worst_verdict_of_its_parts() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.claims()).extracting(c -> c.claim().id() + " " + c.verdict()).containsExactly(
                "total-236b FOLLOWS", "sparse-236b-21b FOLLOWS", "routing-6-of-160-plus-2 FOLLOWS",
                "active-40b-cost-5m DOES_NOT_FOLLOW", "gpu-hours-and-friendliest UNSUPPORTED", "layers-60 FOLLOWS");
        assertThat(parts("sparse-236b-21b")).containsExactly("total FOLLOWS", "active FOLLOWS");
        assertThat(parts("routing-6-of-160-plus-2")).containsExactly("active-routed FOLLOWS", "routed FOLLOWS",
                "shared FOLLOWS");
        assertThat(parts("active-40b-cost-5m")).containsExactly("active DOES_NOT_FOLLOW", "cost UNSUPPORTED");
        assertThat(parts("gpu-hours-and-friendliest")).containsExactly("gpu-hours UNSUPPORTED",
                "friendliest NOT_CHECKABLE");
        assertThat(parts("layers-60")).containsExactly("layers FOLLOWS", "joy NOT_CHECKABLE");
        assertThat(claim("total-236b").parts()).isEmpty();
    }

    @Test
    void should_rate_a_claim_that_follows_with_a_caveat_on_a_part_as_needing_context() {
        assertThat(claim("sparse-236b-21b").caveats()).isEmpty();
        assertThat(claim("sparse-236b-21b").rating()).isEqualTo(Rating.NEEDS_CONTEXT);
        assertThat(claim("routing-6-of-160-plus-2").rating()).isEqualTo(Rating.ACCURATE);
    }

    @Test
    void should_count_claims_not_parts_in_the_summary_and_exit_1_for_the_flagged_ones() throws IOException {
        assertThat(exit).isEqualTo(1);
        assertThat(STDOUT.toString()).contains("6 claims: 4 FOLLOWS (1 needs context), 1 DOES NOT FOLLOW, "
                + "1 UNSUPPORTED, 0 NOT CHECKABLE; 2 flagged; 0 problems");
        JsonNode summary = JSON.readTree(out.resolve("report.json").toFile()).get("summary");
        assertThat(summary.toString()).contains("\"FOLLOWS\":4", "\"DOES_NOT_FOLLOW\":1");
    }

    @Test
    void should_list_each_part_under_its_claim_in_the_console_table() {
        List<String> lines = STDOUT.toString().lines().toList();
        int claimRow = indexOf(lines, "active-40b-cost-5m ");
        assertThat(lines.get(claimRow)).containsPattern("^active-40b-cost-5m +DOES NOT FOLLOW +2 parts");
        assertThat(lines.get(claimRow + 1))
                .containsPattern("^  └ active +DOES NOT FOLLOW +40B parameters +21B parameters$");
        assertThat(lines.get(claimRow + 2)).containsPattern("^  └ cost +UNSUPPORTED +\\$5M +not stated");
    }

    @Test
    void should_give_each_part_its_verdict_claimed_value_and_derivations_in_report_json() throws IOException {
        JsonNode claim = claimNode("active-40b-cost-5m");
        assertThat(claim.get("verdict").asText()).isEqualTo("DOES_NOT_FOLLOW");
        assertThat(claim.get("claimed").isNull()).isTrue();
        assertThat(claim.get("derivations")).extracting(d -> d.get("part").asText()).containsExactly("active", "cost");
        JsonNode active = claim.get("parts").get(0);
        assertThat(active.get("id").asText()).isEqualTo("active");
        assertThat(active.get("verdict").asText()).isEqualTo("DOES_NOT_FOLLOW");
        assertThat(active.get("claimed").get("value").asDouble()).isEqualTo(40e9);
        // V2 abstract p.1: 21B activated for each token
        assertThat(active.get("derivations").get(0).get("value").asDouble()).isEqualTo(21e9);
        assertThat(claim.get("parts").get(1).get("verdict").asText()).isEqualTo("UNSUPPORTED");
        assertThat(claimNode("total-236b").has("parts")).isFalse();
    }

    @Test
    void should_show_each_part_in_the_markdown_reports_and_the_page() throws IOException {
        String summary = Files.readString(out.resolve("report.md"));
        assertThat(summary).contains("| active-40b-cost-5m | False | DOES NOT FOLLOW | 2 parts | — |\n"
                + "| └ active | False | DOES NOT FOLLOW | 40B parameters | 21B parameters |\n"
                + "| └ cost | Unsupported | UNSUPPORTED | $5M | not stated |\n");
        assertThat(summary).contains("**Needs context (part active):**");
        String full = Files.readString(out.resolve("report-full.md"));
        assertThat(full).contains("### active-40b-cost-5m · part active — DOES NOT FOLLOW",
                "### active-40b-cost-5m · part cost — UNSUPPORTED");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<article class=\"card does-not-follow\" id=\"claim-active-40b-cost-5m\"",
                "<section class=\"part does-not-follow\" id=\"claim-active-40b-cost-5m--active\"",
                "<section class=\"part unsupported\" id=\"claim-active-40b-cost-5m--cost\"");
    }

    @Test
    void should_word_the_verdict_of_a_claim_with_parts_part_by_part() throws IOException {
        JsonNode claim = claimNode("gpu-hours-and-friendliest");
        assertThat(claim.get("verdictSentence").asText()).isEqualTo("The article says \"Training took 1.5M "
                + "GPU-hours, and it is the friendliest open model we have ever used.\": 2 parts, each judged on its "
                + "own; the sentence takes the worst of their verdicts, UNSUPPORTED. Part gpu-hours (1.5M GPU-hours): "
                + "Nothing the sources state yields it: they do not state what the stated reading \"the GPU-hours of "
                + "the whole training, as DeepSeek states them\" needs. Part friendliest (nothing to check: an "
                + "opinion of the author's).");
        assertThat(claim.get("explanation").asText()).startsWith("The worst of its 2 parts: gpu-hours (1.5M "
                + "GPU-hours) UNSUPPORTED; friendliest (nothing testable) NOT CHECKABLE. Part gpu-hours: ")
                .endsWith(" Part friendliest: Not checkable: an opinion of the author's");
    }

    @Test
    void should_review_and_test_each_claim_once_naming_its_parts() throws IOException {
        JsonNode graph = JSON.readTree(out.resolve("claimreview.jsonld").toFile()).get("@graph");
        assertThat(graph).hasSize(6);
        // in article order: total-236b ("with 236B parameters") first, then sparse-236b-21b, routing, this one
        JsonNode review = graph.get(3);
        assertThat(review.get("@id").asText()).isEqualTo("#claim-active-40b-cost-5m");
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("False");
        assertThat(review.get("reviewRating").get("ratingExplanation").asText())
                .contains("Part active (40B parameters)", "Part cost ($5M)");
        String junit = Files.readString(out.resolve("TEST-claims.xml"));
        assertThat(junit).contains("tests=\"6\" failures=\"2\"");
        assertThat(junit).contains("  part active (claims/deepseek-v2-parts/claims/v2.yaml:");
    }

    private static JsonNode claimNode(String id) throws IOException {
        for (JsonNode claim : JSON.readTree(out.resolve("report.json").toFile()).get("claims")) {
            if (claim.get("id").asText().equals(id)) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }
}
