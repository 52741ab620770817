package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.claim.Article;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.Test;

class ClaimReviewReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Properties each type may carry, from schema.org's pages (schema.org/ClaimReview, /Rating, /Claim,
     * /CreativeWork, /Organization, version 29): a small subset of each type's properties, those Google's
     * fact-check markup guide lists, with the JSON-LD keywords, and Rating's ratingExplanation and Claim's text
     * (inherited from CreativeWork), which schema.org names for fact checks.
     */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview", Set.of("@type", "@id", "claimReviewed", "reviewRating", "itemReviewed", "author",
                    "datePublished", "reviewBody", "url"),
            "Rating", Set.of("@type", "ratingValue", "bestRating", "worstRating", "alternateName",
                    "ratingExplanation"),
            "Claim", Set.of("@type", "text", "appearance", "author", "datePublished", "firstAppearance"),
            "CreativeWork", Set.of("@type", "headline", "url", "author", "datePublished"),
            "Organization", Set.of("@type", "name", "url"));

    private static JsonNode graph(ClaimReviewReporter reporter) throws Exception {
        JsonNode root = JSON.readTree(reporter.render(ReportFixture.hostile()));
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        return root.get("@graph");
    }

    private static List<String> unknownProperties(JsonNode node) {
        List<String> unknown = new ArrayList<>();
        Set<String> allowed = PROPERTIES.getOrDefault(node.path("@type").asText(), Set.of());
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(node.path("@type").asText() + "." + name);
            }
        });
        node.elements().forEachRemaining(child -> {
            if (child.isObject()) {
                unknown.addAll(unknownProperties(child));
            }
        });
        return unknown;
    }

    @Test
    void should_write_the_properties_a_claim_review_needs_with_schema_org_types() throws Exception {
        // when
        JsonNode review = graph(new ClaimReviewReporter().withDatePublished(LocalDate.of(2025, 1, 15))).get(0);
        // then
        assertThat(unknownProperties(review)).isEmpty();
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo(ReportFixture.QUOTE);
        assertThat(review.at("/reviewRating/@type").asText()).isEqualTo("Rating");
        // DESIGN.md: DOES_NOT_FOLLOW is rated False, 1 on a 1 (worst) to 5 (best) scale
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(review.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
        assertThat(review.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("False");
        assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(review.at("/itemReviewed/appearance/@type").asText()).isEqualTo("CreativeWork");
        assertThat(review.at("/itemReviewed/appearance/headline").asText()).isEqualTo(ReportFixture.HOSTILE);
        assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.get("datePublished").asText()).isEqualTo("2025-01-15");
    }

    @Test
    void should_omit_the_date_when_none_is_given_and_rate_unsupported_as_such() throws Exception {
        JsonNode graph = graph(new ClaimReviewReporter());
        assertThat(graph.get(0).has("datePublished")).isFalse();
        // DESIGN.md: UNSUPPORTED is rated 2, "Unsupported"
        assertThat(graph.get(1).at("/reviewRating/ratingValue").asInt()).isEqualTo(2);
        assertThat(graph.get(1).at("/reviewRating/alternateName").asText()).isEqualTo("Unsupported");
    }

    @Test
    void should_match_the_schema_org_claim_review_shape_with_the_quote_and_the_article_address() throws Exception {
        // given: the plain fixture's claim in an article published at a web address
        AuditResult plain = ReportFixture.plain();
        Article published = new Article("Demo", "claims/x/article.txt", plain.article().text(),
                "https://example.org/demo-post", "demo", List.of());
        AuditResult result = AuditResult.of(published, plain.claims(), List.of(), List.of(), "0.1.0");
        // when
        String jsonLd = new ClaimReviewReporter().withDatePublished(LocalDate.of(2025, 1, 15)).render(result);
        // then
        assertThat(ClaimReviewShape.SCHEMA.validate(JSON.readTree(jsonLd))).isEmpty();
        JsonNode review = JSON.readTree(jsonLd).at("/@graph/0");
        assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(review.at("/itemReviewed/text").asText()).isEqualTo("cut compute by 84%");
        assertThat(review.at("/itemReviewed/appearance/url").asText()).isEqualTo("https://example.org/demo-post");
        assertThat(review.at("/itemReviewed/firstAppearance/url").asText())
                .isEqualTo("https://example.org/demo-post");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("False");
        assertThat(review.at("/reviewRating/ratingExplanation").asText()).startsWith("The article says \"cut compute "
                + "by 84%\".");
        assertThat(review.get("reviewBody").asText()).isEqualTo(review.at("/reviewRating/ratingExplanation").asText());
    }

    @Test
    void should_refuse_in_the_shape_a_rating_without_its_name_and_a_property_schema_org_does_not_define()
            throws Exception {
        String review = new ClaimReviewReporter().render(ReportFixture.plain());
        assertThat(ClaimReviewShape.SCHEMA.validate(JSON.readTree(review.replace("\"alternateName\"", "\"alternativeName\""))))
                .isNotEmpty();
        assertThat(ClaimReviewShape.SCHEMA.validate(JSON.readTree(review.replace("\"claimReviewed\"", "\"claimReviewd\""))))
                .isNotEmpty();
    }

    @Test
    void should_match_the_shape_whatever_the_text_holds() throws Exception {
        assertThat(ClaimReviewShape.SCHEMA.validate(JSON.readTree(new ClaimReviewReporter().render(ReportFixture.hostile()))))
                .isEmpty();
        assertThat(ClaimReviewShape.SCHEMA.validate(JSON.readTree(new ClaimReviewReporter().render(ReportFixture.withControls()))))
                .isEmpty();
    }

    @Test
    void should_give_the_article_address_only_when_it_is_a_web_address() throws Exception {
        // the hostile fixture's url is "javascript:alert(1)"
        assertThat(graph(new ClaimReviewReporter()).get(0).at("/itemReviewed/appearance").has("url")).isFalse();
    }

    @Test
    void should_write_no_text_that_could_close_the_script_element_a_page_embeds_it_in() throws Exception {
        // when
        String jsonLd = new ClaimReviewReporter().render(ReportFixture.hostile());
        // then '<' is written as its JSON escape \\u003C, and parsing gives the text back
        assertThat(jsonLd).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003E");
        assertThat(JSON.readTree(jsonLd).at("/@graph/0/claimReviewed").asText()).isEqualTo(ReportFixture.QUOTE);
    }
}
