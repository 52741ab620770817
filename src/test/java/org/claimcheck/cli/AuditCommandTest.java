package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimcheck.claim.load.FixtureTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AuditCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tree/claims");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORTS = List.of("report.json", "report.md", "report-full.md", "report.html",
            "claimreview.jsonld", "TEST-claims.xml");

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int audit(String article) {
        return Main.execute(new String[] {"audit", FIXTURES.resolve(article).toString(), "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private JsonNode json(String file) throws IOException {
        return JSON.readTree(out.resolve(file).toFile());
    }

    @Test
    void should_exit_0_and_print_the_table_when_no_claim_is_flagged() {
        assertThat(audit("good")).isZero();
        assertThat(stdout.toString()).contains("size-100b  FOLLOWS        100B parameters  100B parameters")
                .contains("3 claims: 2 FOLLOWS, 0 DOES NOT FOLLOW, 0 UNSUPPORTED, 1 NOT CHECKABLE; 0 flagged; "
                        + "0 problems");
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void should_exit_1_and_write_a_json_report_with_fractions_when_claims_are_flagged() throws IOException {
        // when
        int exit = audit("flagged");
        // then
        assertThat(exit).isEqualTo(1);
        JsonNode report = json("report.json");
        assertThat(report.at("/summary/flagged").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/DOES_NOT_FOLLOW").asInt()).isEqualTo(2);
        JsonNode cut = report.at("/claims/0");
        assertThat(cut.get("id").asText()).isEqualTo("compute-cut-84");
        assertThat(cut.at("/claimed/value").asDouble()).isEqualTo(0.84);
        // 1 - 10B/40B = 0.75, reported as a fraction
        assertThat(cut.at("/derivations/0/value").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(cut.at("/derivations/0/matches").asBoolean()).isFalse();
        assertThat(cut.at("/derivations/0/steps").size()).isPositive();
        assertThat(cut.at("/sources/0/document").asText()).isEqualTo("T");
        assertThat(report.get("problems").size()).isZero();
    }

    @Test
    void should_write_junit_xml_whose_failures_are_exactly_the_flagged_claims() throws Exception {
        audit("flagged");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("TEST-claims.xml").toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> failed = new ArrayList<>();
        Element cut = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getElementsByTagName("failure").getLength() > 0) {
                failed.add(testcase.getAttribute("name"));
            }
            if (testcase.getAttribute("name").equals("compute-cut-84")) {
                cut = testcase;
            }
        }
        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(failed).containsExactlyInAnyOrder("compute-cut-84", "warmup", "per-layer");
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        Element failure = (Element) cut.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("claim compute-cut-84 (claims/flagged/claims/"
                + "flagged.yaml:2:5) DOES NOT FOLLOW\n  quote:    \"cut compute by 84% compared to dense models\"\n"
                + "  expected: 84%");
    }

    @Test
    void should_skip_claims_with_nothing_testable_in_junit_xml() throws Exception {
        audit("good");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("TEST-claims.xml").toFile());
        assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void should_write_one_claim_review_per_claim() throws IOException {
        audit("flagged");
        JsonNode graph = json("claimreview.jsonld").get("@graph");
        assertThat(json("claimreview.jsonld").get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(graph.size()).isEqualTo(4);
        JsonNode cut = graph.get(0);
        assertThat(cut.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(cut.get("claimReviewed").asText()).isEqualTo("cut compute by 84% compared to dense models");
        assertThat(cut.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(cut.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
        assertThat(cut.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(cut.at("/reviewRating/alternateName").asText()).isEqualTo("False");
        assertThat(graph.get(1).at("/reviewRating/alternateName").asText()).isEqualTo("Unsupported");
        // DESIGN.md "Rating": the fixture's "tiles" follows and carries a caveat, so it needs context (4 of 5)
        assertThat(graph.get(3).at("/reviewRating/alternateName").asText()).isEqualTo("Needs context");
        assertThat(graph.get(3).at("/reviewRating/ratingValue").asInt()).isEqualTo(4);
        assertThat(cut.at("/itemReviewed/appearance/headline").asText()).isEqualTo("Demo hype");
    }

    @Test
    void should_rate_a_claim_that_follows_with_a_caveat_as_needing_context_yet_pass_it_and_not_flag_it()
            throws Exception {
        // when
        int exit = audit("flagged");
        // then: still 3 flagged, as without the caveat; the caveated claim is counted and rated, with its caveat
        assertThat(exit).isEqualTo(1);
        assertThat(stdout.toString()).contains("4 claims: 1 FOLLOWS (1 needs context), 2 DOES NOT FOLLOW, "
                + "1 UNSUPPORTED, 0 NOT CHECKABLE; 3 flagged; 0 problems");
        JsonNode report = json("report.json");
        assertThat(report.at("/summary/flagged").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/ratings/NEEDS_CONTEXT").asInt()).isEqualTo(1);
        JsonNode tiles = report.at("/claims/3");
        assertThat(tiles.get("id").asText()).isEqualTo("tiles");
        assertThat(tiles.get("verdict").asText()).isEqualTo("FOLLOWS");
        assertThat(tiles.get("rating").asText()).isEqualTo("NEEDS_CONTEXT");
        assertThat(tiles.get("flagged").asBoolean()).isFalse();
        assertThat(tiles.at("/caveats/0/text").asText()).isEqualTo("Activations only: weights are scaled per "
                + "128x128 block.");
        assertThat(tiles.at("/caveats/0/source/document").asText()).isEqualTo("T");
        assertThat(tiles.at("/caveats/0/source/locator").asText()).isEqualTo("§3");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("TEST-claims.xml").toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        Element passed = (Element) cases.item(3);
        assertThat(passed.getAttribute("name")).isEqualTo("tiles");
        assertThat(passed.getElementsByTagName("*").getLength()).as("no failure, error or skipped element").isZero();
    }

    @Test
    void should_date_the_claim_reviews_with_the_date_option() throws IOException {
        int exit = Main.execute(new String[] {"audit", FIXTURES.resolve("flagged").toString(), "--out", out.toString(),
            "--date", "2025-01-15"}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(exit).isEqualTo(1);
        assertThat(json("claimreview.jsonld").at("/@graph/0/datePublished").asText()).isEqualTo("2025-01-15");
    }

    @Test
    void should_exit_2_list_problems_on_stderr_and_still_report_the_valid_claims() throws IOException {
        // when
        int exit = audit("broken");
        // then
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).contains("claims/broken/claims/b-broken.yaml:10:17: "
                + "claims[0].interpretations[0].stated: expected true or false, got \"yes\"");
        assertThat(stderr.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode report = json("report.json");
        assertThat(report.at("/claims/0/id").asText()).isEqualTo("size-100b");
        // the second size-100b misquotes and reuses an id, and its unknown fact is reported in the same run
        assertThat(stderr.toString()).contains("interpretations.total.fact: expected a fact of the library, got "
                + "\"demo.totl-params\"");
        assertThat(report.get("problems").size()).isEqualTo(9);
        assertThat(report.at("/problems/0/file").asText()).isEqualTo("claims/broken/claims/b-broken.yaml");
        assertThat(report.at("/problems/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/problems/0/column").asInt()).isEqualTo(5);
    }

    @Test
    void should_write_markdown_and_html_reports() throws IOException {
        audit("flagged");
        assertThat(Files.readString(out.resolve("report.md"))).contains("| compute-cut-84 | False | DOES NOT FOLLOW "
                + "| 84% | 75% |").contains("### compute-cut-84 — False");
        assertThat(Files.readString(out.resolve("report-full.md"))).contains("| [compute-cut-84](#compute-cut-84) | "
                + "**DOES NOT FOLLOW** | 84% | 75% |");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<article class=\"card does-not-follow\" id=\"claim-compute-cut-84\"")
                .contains("<mark class=\"does-not-follow\" id=\"quote-compute-cut-84\" dir=\"ltr\">"
                        + "<a href=\"#claim-compute-cut-84\"><bdi>cut compute by 84% compared to dense models</bdi>"
                        + "</a> "
                        + "<span class=\"verdict does-not-follow\">DOES NOT FOLLOW</span>");
    }

    @Test
    void should_give_byte_identical_reports_on_a_second_run() throws IOException {
        audit("flagged");
        List<String> first = new ArrayList<>();
        for (String file : REPORTS) {
            first.add(Files.readString(out.resolve(file)));
        }
        audit("flagged");
        List<String> second = new ArrayList<>();
        for (String file : REPORTS) {
            second.add(Files.readString(out.resolve(file)));
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_print_one_line_per_problem_and_no_raw_control_when_quotes_carry_controls(@TempDir Path trees)
            throws IOException {
        // given: a claim whose quote (not in the article) would clear the screen, forge a problem line and reverse it;
        // the tree stands outside the report folder, which is replaced only while it holds reports alone
        FixtureTree tree = FixtureTree.in(trees).claims("a.yaml", FixtureTree.ONE_CLAIM
                + FixtureTree.ONE_CLAIM.replace("claims:\n", "").replace("size-100b", "forged")
                .replace("\"a 100B-parameter model\"", "\"\\e[2J\\nclaims/demo/claims/a.yaml:1:1: ok\\r\\u202e\""));
        // when
        int exit = Main.execute(new String[] {"audit", tree.article().toString(), "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        // then
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString().lines()).hasSize(json("report.json").get("problems").size())
                .contains("claims/demo/claims/a.yaml:12:5: quote: expected a verbatim quote of the article, got "
                        + "\"\\u001b[2J\\nclaims/demo/claims/a.yaml:1:1: ok\\r\\u202e\"");
        assertThat(stdout.toString() + stderr.toString())
                .doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e]");
    }

    @Test
    void should_say_the_expected_form_of_a_bad_date_and_write_nothing() {
        int exit = Main.execute(new String[] {"audit", FIXTURES.resolve("good").toString(), "--out", out.toString(),
            "--date", "15/01/2025"}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("--date: expected a date as YYYY-MM-DD, got \"15/01/2025\""
                + System.lineSeparator() + "Usage: claimcheck audit").doesNotContain("java.time");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void should_exit_2_with_the_usage_for_an_unknown_option() {
        int exit = Main.execute(new String[] {"audit", "--frobnicate"}, new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("Unknown option: '--frobnicate'").contains("Usage: claimcheck audit");
    }
}
