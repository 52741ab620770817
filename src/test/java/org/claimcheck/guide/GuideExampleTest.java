package org.claimcheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.TestTrees;
import org.claimcheck.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through of claims/README.md ("From init to a published report"), run step by step on its example article
 * (src/test/resources/guide/two-moes) in a folder outside the repository, with the library packaged in the build: what
 * the guide shows is what the tool does, and every claim the guide quotes is the example's, word for word.
 *
 * <p>The verdicts are worked by hand from the sources:
 * <ul>
 *   <li>size-and-activation: 236B total and 21B activated per token, DeepSeek-V2 report, abstract p.1: both parts
 *       follow;</li>
 *   <li>mixtral-46-7b: Mixtral 8x7B's config counted by hand — per layer, attention 2 × 4096² + 2 × 4096 × 1024 =
 *       41,943,040, eight experts 8 × 3 × 4096 × 14336 = 1,409,286,144, router 4096 × 8 = 32,768, two norms 8,192;
 *       32 layers = 46,440,644,608; embedding and output head 2 × 32000 × 4096 = 262,144,000; final norm 4,096; in all
 *       46,702,792,704 = 46.70B, within 46.7B ± 0.05B: follows;</li>
 *   <li>mixtral-14b-per-token: two experts instead of eight make a layer 394,305,536, 32 layers 12,617,777,152, with
 *       the output head and final norm 12,748,853,248 (12.7B), with an embedding row counted whole 12,879,925,248
 *       (12.9B); neither is within 14B ± 0.5B: does not follow;</li>
 *   <li>five-times-mixtral: DeepSeek-V2's 236B (±0.5B as published) over 46.70B is 5.04–5.06, within 5 ± 0.5:
 *       follows;</li>
 *   <li>latent-kv: the V2 report, §2.1.2, eq. 9–11, p.7, caches one latent vector per token: follows;</li>
 *   <li>gpu-hours-per-trillion: 172.8K H800 GPU-hours per trillion tokens, V2 §3.2.3, p.16: follows, with a caveat,
 *       so it needs context;</li>
 *   <li>most-elegant: an opinion, not checkable.</li>
 * </ul>
 */
class GuideExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/guide/two-moes");
    private static final Path GUIDE = Path.of("claims/README.md");
    private static final String WALK_THROUGH = "## From `init` to a published report";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path newsroom;

    private static final StringWriter INIT_OUT = new StringWriter();
    private static final StringWriter DRAFTS_OUT = new StringWriter();
    private static final StringWriter AUDIT_OUT = new StringWriter();
    private static int initExit;
    private static int draftsExit;
    private static int auditExit;

    @BeforeAll
    static void runTheWalkThrough() throws IOException {
        // step 1: init the article's text, in a folder of a newsroom's own, far from this repository's claims/library
        Path text = newsroom.resolve("two-moes.txt");
        Files.copy(EXAMPLE.resolve("article.txt"), text);
        initExit = run(INIT_OUT, "init", text.toString(), "--model", "deepseek-v2", "--model", "mixtral-8x7b",
                "--out", newsroom.resolve("drafted").toString());
        // step 2: the audit of the drafts alone
        draftsExit = run(DRAFTS_OUT, "audit", newsroom.resolve("drafted").toString(), "--out",
                newsroom.resolve("drafted-reports").toString());
        // steps 3-5: the finished folder, as the example holds it, audited with the library packaged in the build
        TestTrees.copy(EXAMPLE, newsroom.resolve("two-moes"));
        auditExit = run(AUDIT_OUT, "audit", newsroom.resolve("two-moes").toString(), "--out",
                newsroom.resolve("reports").toString());
    }

    private static int run(StringWriter out, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    @Test
    void should_draft_one_stub_per_checkable_sentence_each_claim_of_the_example_inside_one() throws IOException {
        assertThat(initExit).as(INIT_OUT.toString()).isZero();
        String drafts = Files.readString(newsroom.resolve("drafted/claims/drafts.yaml"));
        List<String> stubQuotes = quotes(drafts);
        // seven sentences hold a number or a checkable word: the title and "two open models" among them
        assertThat(stubQuotes).hasSize(7);
        for (String quote : quotes(Files.readString(EXAMPLE.resolve("claims/two-moes.yaml")))) {
            if (!quote.equals("It is the most elegant design of the year.")) {
                assertThat(stubQuotes).as("a stub holding %s", quote).anyMatch(stub -> stub.contains(quote));
            }
        }
        assertThat(Files.readString(newsroom.resolve("drafted/article.yaml")))
                .contains("architectures: [\"deepseek-v2\", \"mixtral-8x7b\"]");
    }

    @Test
    void should_report_each_draft_as_a_problem_and_exit_2_until_it_has_readings() {
        assertThat(draftsExit).isEqualTo(2);
        assertThat(lines(DRAFTS_OUT)).anyMatch(line -> line.contains("has no reading yet"));
        assertThat(DRAFTS_OUT.toString()).contains("0 claims:").contains("7 problems")
                .contains("Coverage: 7 checkable sentences: 0 covered, 0 waived, 0 uncovered, 7 drafted");
    }

    @Test
    void should_give_the_hand_worked_verdicts_and_exit_1_for_the_one_flagged_claim() throws IOException {
        assertThat(auditExit).as(AUDIT_OUT.toString()).isEqualTo(1);
        JsonNode report = JSON.readTree(newsroom.resolve("reports/report.json").toFile());
        Map<String, String> verdicts = new LinkedHashMap<>();
        report.get("claims").forEach(claim -> verdicts.put(claim.get("id").asText(), claim.get("verdict").asText()
                + " " + claim.get("rating").asText()));
        assertThat(verdicts).containsExactly(
                Map.entry("size-and-activation", "FOLLOWS ACCURATE"),
                Map.entry("mixtral-46-7b", "FOLLOWS ACCURATE"),
                Map.entry("mixtral-14b-per-token", "DOES_NOT_FOLLOW FALSE"),
                Map.entry("five-times-mixtral", "FOLLOWS ACCURATE"),
                Map.entry("latent-kv", "FOLLOWS ACCURATE"),
                Map.entry("gpu-hours-per-trillion", "FOLLOWS NEEDS_CONTEXT"),
                Map.entry("most-elegant", "NOT_CHECKABLE NOT_RATED"));
        assertThat(report.get("problems")).isEmpty();
        // the values behind them, against the hand counts above
        assertThat(value(report, "mixtral-46-7b", 0)).isEqualTo(46_702_792_704.0);
        assertThat(value(report, "mixtral-14b-per-token", 0)).isEqualTo(12_748_853_248.0);
        assertThat(value(report, "mixtral-14b-per-token", 1)).isEqualTo(12_879_925_248.0);
        assertThat(value(report, "five-times-mixtral", 0)).isBetween(235.5e9 / 46_702_792_704.0,
                236.5e9 / 46_702_792_704.0);
        // the article stands outside any claims/ tree, so the library is the one packaged in the build
        assertThat(AUDIT_OUT.toString()).contains("7 claims: 5 FOLLOWS (1 needs context), 1 DOES NOT FOLLOW, "
                + "0 UNSUPPORTED, 1 NOT CHECKABLE; 1 flagged; 0 problems");
        assertThat(Files.readString(newsroom.resolve("reports/report.md"))).contains("packaged");
    }

    @Test
    void should_show_in_the_guide_what_the_audit_prints() throws IOException {
        // every line of the guide's audit output block is a line the audit printed
        List<String> printed = lines(AUDIT_OUT);
        List<String> shown = block(walkThrough(), "$ java -jar claimcheck.jar audit two-moes");
        assertThat(shown).isNotEmpty();
        for (String line : shown) {
            if (!line.startsWith("$") && !line.startsWith("Reports in")) {
                assertThat(printed).as("the guide's line %s", line).contains(line);
            }
        }
    }

    @Test
    void should_quote_each_worked_claim_word_for_word_from_the_example() throws IOException {
        String example = Files.readString(EXAMPLE.resolve("claims/two-moes.yaml"));
        String article = Files.readString(EXAMPLE.resolve("article.yaml"));
        List<String> yamlBlocks = yamlBlocks(walkThrough());
        assertThat(yamlBlocks).hasSizeGreaterThanOrEqualTo(8);
        List<String> claimIds = new ArrayList<>();
        for (String block : yamlBlocks) {
            if (block.contains("draft: true")) {
                continue;
            }
            assertThat(example + "\n" + article).as("the guide's block%n%s", block).contains(block);
            Matcher id = Pattern.compile("- id: ([a-z0-9-]+)\n    quote:").matcher(block);
            while (id.find()) {
                claimIds.add(id.group(1));
            }
        }
        // every claim of the example is worked in the guide
        assertThat(claimIds).containsExactlyInAnyOrderElementsOf(ids(example));
    }

    private static String walkThrough() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf(WALK_THROUGH);
        assertThat(start).as("the walk-through heading in %s", GUIDE).isNotNegative();
        int end = guide.indexOf("\n## ", start + WALK_THROUGH.length());
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    /** The fenced ```yaml blocks of {@code text}, as written. */
    private static List<String> yamlBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** The lines of the fenced block that begins with {@code firstLine}. */
    private static List<String> block(String text, String firstLine) {
        int start = text.indexOf("```\n" + firstLine + "\n");
        assertThat(start).as("a block beginning %s", firstLine).isNotNegative();
        int end = text.indexOf("```", start + 4);
        return text.substring(start + 4, end).lines().toList();
    }

    private static List<String> quotes(String yaml) {
        List<String> quotes = new ArrayList<>();
        Matcher quote = Pattern.compile("\n    quote: \"(.*)\"\n").matcher(yaml);
        while (quote.find()) {
            quotes.add(quote.group(1));
        }
        return quotes;
    }

    private static List<String> ids(String yaml) {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\n  - id: ([a-z0-9-]+)\n").matcher(yaml);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static double value(JsonNode report, String claim, int derivation) {
        for (JsonNode node : report.get("claims")) {
            if (node.get("id").asText().equals(claim)) {
                return node.get("derivations").get(derivation).get("value").asDouble();
            }
        }
        throw new AssertionError("no claim " + claim);
    }

    private static List<String> lines(StringWriter out) {
        return out.toString().lines().toList();
    }
}
