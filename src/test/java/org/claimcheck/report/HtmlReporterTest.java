package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Document;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    /** Every element the template and the chart library write; any other tag would have come from the data. */
    private static final Set<String> KNOWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "a",
            "header", "h1", "h2", "h3", "p", "code", "main", "section", "ul", "ol", "li", "span", "dl", "dt", "dd",
            "nav", "div", "mark", "article", "blockquote", "strong", "table", "caption", "thead", "tbody", "tr", "th",
            "td", "details", "summary", "figure", "figcaption", "footer", "br", "bdi", "cite", "h4", "q", "svg", "defs",
            "clippath", "use",
            "path", "rect", "line", "g", "text", "polyline", "polygon", "circle", "ellipse");

    /**
     * Elements whose end closes every bidi embedding and override their text opened: {@code bdi} (an isolate), the
     * block elements (each a bidi paragraph of its own; CSS Writing Modes 3, section 2.4), an SVG text element (a text
     * chunk of its own), and the title, where the page's words come before the value.
     */
    private static final Set<String> ISOLATING = Set.of("bdi", "li", "p", "td", "blockquote", "text", "title");

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void should_keep_hostile_text_inert_as_text() {
        // when
        String html = new HtmlReporter().render(ReportFixture.hostile());
        // then no element or event handler comes from the data (a '<' in text is escaped, so every '<' opens a
        // tag), and the text is there, escaped
        assertThat(all(Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)"), html))
                .allSatisfy(tag -> assertThat(KNOWN_TAGS).contains(tag.toLowerCase(Locale.ROOT)));
        assertThat(all(Pattern.compile("(<[a-zA-Z][^<>]*>)"), html)).noneMatch(tag -> Pattern.compile(
                "\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(tag).find());
        assertThat(html).doesNotContainIgnoringCase("javascript:alert(1)\"")
                .doesNotContain("href=\"javascript")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src&#61;x onerror&#61;");
    }

    @Test
    void should_isolate_input_text_so_that_its_bidi_controls_cannot_reorder_the_page() {
        // given: every text of the fixture holds a right-to-left override (U+202E) that nothing closes
        String html = new HtmlReporter().render(ReportFixture.withControls());
        // when: each run of text that holds one, with the tags around it
        Matcher runs = Pattern.compile("<(/?)([a-z]+)[^>]*>([^<]*\u202e[^<]*)<(/?)([a-z]+)[^>]*>").matcher(html);
        List<String> leaks = new ArrayList<>();
        int count = 0;
        while (runs.find()) {
            count++;
            boolean whole = runs.group(1).isEmpty() && runs.group(4).equals("/") && runs.group(2).equals(runs.group(5));
            if (!whole || !ISOLATING.contains(runs.group(2))) {
                leaks.add(runs.group());
            }
        }
        // then: each is a <bdi> of its own, or the whole of an element whose end ends the override
        assertThat(count).isGreaterThan(10);
        assertThat(leaks).isEmpty();
        assertThat(html).contains("<mark class=\"does-not-follow\" id=\"quote-compute-cut\" dir=\"ltr\"><a href=\"#"
                + "claim-compute-cut\"><bdi>cut compute by 84% \\u001b[2J&#10;claims/x/claims/x.yaml:1:1: forged"
                + "\\r\u202e");
    }

    @Test
    void should_show_controls_as_visible_escapes_but_keep_line_feeds_and_bidi_marks() {
        // when
        String html = new HtmlReporter().render(ReportFixture.withControls());
        // then: ESC, CR and U+0001 visible, as the console shows them; a CR kept raw would end an isolate (UAX #9, X8).
        // (The charts' SVG is the chart library's; each of its text elements is a bidi paragraph of its own.)
        assertThat(html.replaceAll("(?s)<svg.*?</svg>", "<svg/>"))
                .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029]")
                .doesNotContain("&#1;", "&#13;")
                .contains("<blockquote>cut compute by 84% \\u001b[2J&#10;claims/x/claims/x.yaml:1:1: forged\\r\u202e "
                        + "\\u0001 ]]&gt; &amp; &lt; &quot; &#39; \uD835\uDD3D</blockquote>");
    }

    @Test
    void should_mark_each_quote_with_its_verdict_label_and_link_it_to_its_card() {
        String html = new HtmlReporter().render(ReportFixture.hostile());
        assertThat(html).contains("<mark class=\"does-not-follow\" id=\"quote-compute-cut\" dir=\"ltr\"><a href=\"#"
                + "claim-compute-cut\"><bdi>cut &lt;b&gt;compute&lt;/b&gt; by 84% &lt;script&gt;alert(1)&lt;/script&gt;"
                + "</bdi></a> <span class=\"verdict does-not-follow\">DOES NOT FOLLOW</span></mark>")
                .contains("<mark class=\"unsupported\" id=\"quote-per-layer\" dir=\"ltr\">");
    }

    @Test
    void should_give_one_card_per_claim_and_draw_a_plot_shared_by_two_derivations_once() {
        // when
        String html = new HtmlReporter().render(ReportFixture.plain());
        // then
        assertThat(all(Pattern.compile("<article class=\"card [a-z-]+\" id=\"(claim-[a-z0-9-]+)\""), html))
                .containsExactly("claim-compute-cut");
        assertThat(all(Pattern.compile("<figure class=\"plot\" id=\"([^\"]+)\""), html))
                .containsExactly("plot-compute-cut-cut-by-model");
        assertThat(all(Pattern.compile("(<svg id=)"), html)).hasSize(1);
    }

    @Test
    void should_draw_a_plot_two_claims_share_once_and_show_it_again_by_reference() {
        // given two claims whose derivations carry equal plots
        ClaimResult first = ReportFixture.figureClaim("cut compute by 84%", "vs dense");
        Claim claim = first.claim();
        ClaimResult again = new ClaimResult(new Claim("compute-cut-again", claim.quote(), claim.section(),
                claim.assertion(), claim.interpretations(), claim.sources(), claim.note(), claim.caveats(),
                claim.location()), first.verdict(), first.derivations(), first.caveats(), first.explanation(),
                first.decidingIndex());
        Article article = new Article("Demo", "claims/x/article.txt", "They cut compute by 84% today.", "", "demo",
                List.of());
        // when
        String html = new HtmlReporter().render(AuditResult.of(article, List.of(first, again), List.of(), List.of(),
                "0.1.0"));
        // then each card has its figure; the first draws the chart, the second shows that drawing again, in the
        // drawing's own box (a line chart: PlotSvg.WIDTH × PlotSvg.HEIGHT = 400 × 280 user units)
        assertThat(all(Pattern.compile("<figure class=\"plot\" id=\"([^\"]+)\""), html))
                .containsExactly("plot-compute-cut-cut-by-model", "plot-compute-cut-again-cut-by-model");
        // as many clip paths as the page of the first claim alone has: one drawing
        assertThat(all(Pattern.compile("(<clipPath)"), html)).hasSameSizeAs(all(Pattern.compile("(<clipPath)"),
                new HtmlReporter().render(ReportFixture.plain()))).isNotEmpty();
        assertThat(html).contains("<svg id='plot-compute-cut-again-cut-by-model-svg' xmlns='http://www.w3.org/2000/svg'"
                + " xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 400 280'><use href='#plot-compute-cut-cut-"
                + "by-model-svg' xlink:href='#plot-compute-cut-cut-by-model-svg' width='400' height='280'/></svg>")
                .contains("<svg id='plot-compute-cut-cut-by-model-svg'");
    }

    @Test
    void should_show_the_interpretations_table_and_what_would_make_it_true() {
        String html = new HtmlReporter().render(ReportFixture.plain());
        // 0.75 as the claim's unit, percent; 0.9 likewise
        assertThat(html).contains("<tr><td data-label=\"reading\">" + escaped(ReportFixture.HOSTILE) + "</td><td "
                        + "data-label=\"stated?\">stated</td><td data-label=\"derived\">75%</td><td data-label=\""
                        + "claimed\">84%</td><td data-label=\"match\" class=\"match does-not-follow\">does not match"
                        + "</td></tr>")
                .contains("<td data-label=\"stated?\">not stated</td><td data-label=\"derived\">90%</td>")
                .contains("<strong>What would make it true:</strong> <bdi>84% would need vs dense &#61; 62.5B parameters "
                        + "instead of 40B parameters</bdi>");
    }

    @Test
    void should_draw_the_claimed_figure_on_a_plot_in_a_unit_of_its_dimension() {
        // the plot's "reduction (ratio)" axis is shown in percent, as the claim writes it: 0.84 is 84 there
        String html = new HtmlReporter().render(ReportFixture.plain());
        assertThat(html).contains("stroke-dasharray=\"6 4\"/></svg><bdi>claimed: 84%</bdi></li>")
                .contains("reference line &quot;claimed: 84%&quot; at 84");
    }

    @Test
    void should_show_the_coverage_of_the_articles_checkable_sentences() {
        // the plain fixture's text is one sentence, "They cut compute by 84% today.", which its claim quotes
        assertThat(new HtmlReporter().render(ReportFixture.plain()))
                .contains("<dt>Coverage</dt><dd>1 checkable sentences: 1 covered, 0 waived, 0 uncovered");
    }

    @Test
    void should_list_each_cited_document_in_the_bibliography_and_cite_it_on_the_card_by_key_and_place() {
        // given the plain fixture, whose claim and input cite R at one place, and R in the library's sources
        Document report = new Document("R", "DeepSeek-V3 Technical Report", "DeepSeek-AI", "2024-12-26",
                "https://arxiv.org/abs/2412.19437", "arXiv 2412.19437", "PDF at commit 4c2fdb8", "", false);
        // when
        String html = new HtmlReporter().render(ReportFixture.plain().withDocuments(Map.of("R", report)));
        // then
        String place = escaped(ReportFixture.HOSTILE);
        assertThat(html).contains("<p class=\"citations\"><strong>Sources:</strong> <span class=\"cite\">[<a "
                        + "href=\"#source-R\"><bdi>R</bdi></a> <bdi>" + place + "</bdi>]</span> </p>")
                .contains("<li id=\"source-R\"><span class=\"key\">[<bdi>R</bdi>]</span> <bdi>DeepSeek-AI.</bdi> "
                        + "<cite><bdi>DeepSeek-V3 Technical Report</bdi></cite>, 2024-12-26. <a class=\"url\" "
                        + "href=\"https://arxiv.org/abs/2412.19437\"><bdi>https://arxiv.org/abs/2412.19437</bdi></a>"
                        + "\n<span class=\"note meta\"><bdi>arXiv 2412.19437</bdi></span>\n"
                        + "<span class=\"cited-by meta\">"
                        + "Cited by <ul class=\"inline\"><li><a href=\"#claim-compute-cut\">compute-cut</a></li></ul>"
                        + "</span></li>")
                .contains("<a href=\"#bibliography\">1 document</a>")
                .doesNotContain("PDF at commit 4c2fdb8");
    }

    @Test
    void should_show_the_article_with_its_headings_as_headings_and_its_artefacts_left_out_and_explained() {
        // given a copy that starts with two lost characters, and a line that is the claim's section ("vs dense")
        Article article = new Article("Demo", "claims/x/article.txt", "?? Intro.\nvs dense\nThey cut compute by 84% "
                + "today.\n", "", "demo", List.of(), List.of(new Article.Artefact("??", "an emoji lost when saved")));
        AuditResult result = AuditResult.of(article, List.of(ReportFixture.figureClaim("cut compute by 84%",
                "vs dense")), List.of(), List.of(), "0.1.0");
        // when
        String html = new HtmlReporter().render(result);
        // then
        assertThat(html).contains("<p class=\"meta\">Left out of the text below, as not the article's: <q><bdi>??"
                        + "</bdi></q> — <bdi>an emoji lost when saved</bdi>. </p>")
                .contains("<div class=\"article\">\n<p>Intro.</p>\n<h3 class=\"article-heading\">vs dense</h3>\n"
                        + "<p>They "
                        + "<mark class=\"does-not-follow\" id=\"quote-compute-cut\" dir=\"ltr\">");
    }

    @Test
    void should_render_the_same_bytes_twice() {
        assertThat(new HtmlReporter().render(ReportFixture.hostile()))
                .isEqualTo(new HtmlReporter().render(ReportFixture.hostile()));
    }

    /** The escaping of mustache.java's HTML escaper, written out from its table: & < > " ' ` = as entities. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("`", "&#96;").replace("=", "&#61;");
    }

    @Test
    void should_make_no_heading_of_a_blank_line_when_a_claim_names_no_section() {
        // given an article without headings, its paragraphs apart, and a claim with no section (as init drafts it)
        ClaimResult figure = ReportFixture.figureClaim("cut compute by 84%", "vs dense");
        org.claimcheck.claim.Claim claim = figure.claim();
        ClaimResult unsectioned = new ClaimResult(new org.claimcheck.claim.Claim(claim.id(), claim.quote(), "",
                claim.assertion(), claim.interpretations(), claim.sources(), claim.note(), claim.caveats(),
                claim.location()), figure.verdict(), figure.derivations(), figure.caveats(), figure.explanation(),
                figure.decidingIndex());
        Article article = new Article("Demo", "claims/x/article.txt", "First paragraph.\n\nThey cut compute by 84% "
                + "today.\n", "", "demo", List.of());
        // when
        String html = new HtmlReporter().render(AuditResult.of(article, List.of(unsectioned), List.of(), List.of(),
                "0.1.0"));
        // then
        assertThat(html).doesNotContain("<h3 class=\"article-heading\">");
    }
}
