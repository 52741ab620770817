package org.claimcheck.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Loaded;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the fixture article {@code fixtures/scan/claims/*}/article.txt, the same text in each folder. Read by
 * hand, its checkable sentences are: line 2 "We trained a 100B-parameter model." (number) and "FP8 cuts data size by
 * 50% compared to BF16." (percent, cuts, compared to); line 4 "The gate routes 8 of 64 experts per token." (numbers)
 * and "Only / these 8 run, so compute falls by 87.5%." (wrapped onto line 5); line 8 "Shared Experts | Eliminates
 * routing collapse |". Not checkable: the title, "It is simply the best model ever made.", the table header.
 */
class CoverageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/scan/claims");

    private static Coverage coverage(String folder) {
        Path articleFolder = FIXTURES.resolve(folder);
        Loaded<ArticleClaims> loaded = ArticleLoader.load(articleFolder, ClaimsTree.ofArticle(articleFolder));
        assertThat(loaded.problems()).isEmpty();
        return Coverage.of(loaded.value());
    }

    @Test
    void should_cover_each_sentence_a_quote_stands_in_and_each_sentence_a_quote_spans() {
        // "8 of 64 experts per token. Only these 8 run" spans two sentences and a line break: it covers both
        Coverage coverage = coverage("covered");
        assertThat(coverage.entries()).extracting(entry -> entry.sentence().line(), Coverage.Entry::status,
                Coverage.Entry::claimIds).containsExactly(
                tuple(2, Coverage.Status.COVERED, List.of("size-100b")),
                tuple(2, Coverage.Status.COVERED, List.of("halves")),
                tuple(4, Coverage.Status.COVERED, List.of("routed")),
                tuple(4, Coverage.Status.COVERED, List.of("routed")),
                tuple(8, Coverage.Status.COVERED, List.of("shared")));
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.summary()).isEqualTo("5 checkable sentences: 5 covered, 0 waived, 0 uncovered");
    }

    @Test
    void should_waive_with_the_reason_of_the_waiver_and_let_a_claim_win_over_a_waiver() {
        // "FP8 cuts data size" is both claimed (halves) and waived: the claim decides, the reason is kept
        Coverage coverage = coverage("waived");
        assertThat(coverage.entries()).extracting(Coverage.Entry::status, Coverage.Entry::claimIds,
                Coverage.Entry::waiverReasons).containsExactly(
                tuple(Coverage.Status.COVERED, List.of("size-100b"), List.of()),
                tuple(Coverage.Status.COVERED, List.of("halves"), List.of("also claimed, so the claim decides")),
                tuple(Coverage.Status.WAIVED, List.of(), List.of("the gate of a demo model, out of scope")),
                tuple(Coverage.Status.WAIVED, List.of(), List.of("follows from the gate sentence")),
                tuple(Coverage.Status.WAIVED, List.of(), List.of("a feature table the article does not source")));
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.summary()).isEqualTo("5 checkable sentences: 2 covered, 3 waived, 0 uncovered");
    }

    @Test
    void should_mark_sentences_no_claim_or_waiver_quotes_as_uncovered() {
        Coverage coverage = coverage("uncovered");
        assertThat(coverage.entries()).extracting(Coverage.Entry::status).containsExactly(Coverage.Status.UNCOVERED,
                Coverage.Status.COVERED, Coverage.Status.UNCOVERED, Coverage.Status.UNCOVERED,
                Coverage.Status.UNCOVERED);
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.count(Coverage.Status.UNCOVERED)).isEqualTo(4);
    }

    @Test
    void should_match_quotes_with_any_run_of_white_space_and_every_occurrence() {
        // given: the waiver's "2 weeks" occurs in both sentences, once across a line break written as one space
        String text = "Training took 2\nweeks on 8 GPUs. Later 2 weeks sufficed.";
        // when
        Coverage coverage = Coverage.of(text, List.of(), List.of(new Article.Waiver("2 weeks", "a demo")));
        // then
        assertThat(coverage.entries()).extracting(Coverage.Entry::status)
                .containsExactly(Coverage.Status.WAIVED, Coverage.Status.WAIVED);
    }

    @Test
    void should_name_claims_and_waivers_whose_quote_is_not_in_the_text() {
        // the covered folder's claims against another text: only "FP8 cuts data size by 50%" is in it
        Path folder = FIXTURES.resolve("covered");
        ArticleClaims article = ArticleLoader.load(folder, ClaimsTree.ofArticle(folder)).value();
        Coverage coverage = Coverage.of("FP8 cuts data size by 50% in this draft.", article.claims(),
                List.of(new Article.Waiver("gone", "a demo")));
        assertThat(coverage.unplacedClaims()).containsExactly("size-100b", "routed", "shared");
        assertThat(coverage.unplacedWaivers()).containsExactly("gone");
        assertThat(coverage.entries()).extracting(Coverage.Entry::claimIds).containsExactly(List.of("halves"));
    }

    @Test
    void should_cover_nothing_without_claims_or_waivers() {
        Coverage coverage = Coverage.of("We used 8 GPUs. It was fun.", List.of(), List.of());
        assertThat(coverage.summary()).isEqualTo("1 checkable sentences: 0 covered, 0 waived, 1 uncovered");
    }
}
