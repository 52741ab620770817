package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.claimcheck.claim.TextSpan;
import org.claimcheck.verdict.AuditResult;

/**
 * The template's view of the whole page: header, summary, the article in runs, the claim cards, problems, inputs.
 *
 * @param title        the article's title
 * @param path         the article file
 * @param url          where it was published, when it is an http(s) address; else empty
 * @param architecture the stated architecture it is checked against
 * @param version      claimcheck's version
 * @param summary      the one-line summary of counts
 * @param counts       claims per verdict, every verdict
 * @param coverage     the article's checkable sentences and how many claims and waivers cover (scan)
 * @param unclaimed    checkable sentences no claim quotes
 * @param bibliography every document any claim cites, by key
 * @param blocks       the article's headings, paragraphs and tables, quotes marked, artefacts left out
 * @param artefacts    the text of the copy that is not the article's, each with why, left out of the blocks
 * @param claims       one card per claim
 * @param problems     input problems, one line each
 * @param inputs       the files read with their SHA-256
 * @param library      the library used and its version ({@code ../library (0.1.0+sha256.…)}), or empty
 */
record PageView(String title, String path, String url, String architecture, String version, String summary,
                List<Count> counts, String coverage, List<String> unclaimed, List<Bibliography.Entry> bibliography,
                List<ArticleView.Block> blocks, List<Article.Artefact> artefacts, List<ClaimCard> claims,
                List<String> problems, List<AuditResult.InputFile> inputs, String library) {

    /** Sources of the summary: by document, then locator. */
    static final Comparator<Source> SOURCE_ORDER = Comparator.comparing(Source::document)
            .thenComparing(Source::locator);

    /** Claims of one verdict, and how many of them need context ("7 need context"; empty when none). */
    record Count(VerdictView verdict, int count, String rated) {
    }

    /** A run of the article; {@code claim} is null for plain text. */
    record SegmentView(String text, QuoteView claim) {
    }

    /** A quoted run's claim: its anchor and verdict. */
    record QuoteView(String id, VerdictView verdict) {
    }

    static PageView of(AuditResult result) {
        org.claimcheck.scan.Coverage coverage = result.coverage();
        List<Count> counts = new ArrayList<>();
        result.counts().forEach((verdict, count) -> {
            int needContext = result.needingContext(verdict);
            counts.add(new Count(VerdictView.of(verdict), count, needContext == 0 ? ""
                    : ConsoleReporter.needingContext(needContext)));
        });
        List<SegmentView> segments = ArticleSegments.of(result.text(), result.claims()).stream()
                .map(segment -> new SegmentView(segment.text(), segment.claim() == null ? null : new QuoteView(
                        segment.claim().claim().id(), VerdictView.rated(segment.claim())))).toList();
        Set<String> quoted = segments.stream().filter(segment -> segment.claim() != null)
                .map(segment -> segment.claim().id()).collect(Collectors.toSet());
        // cards render their charts; they are independent, so they are built in parallel, and kept in claim order;
        // a plot equal to one an earlier card shows is drawn once, and shown again by reference
        SharedPlots drawings = SharedPlots.of(result.claims());
        List<ClaimCard> cards = result.claims().parallelStream().map(claim -> ClaimCard.of(claim,
                quoted.contains(claim.claim().id()), result.documents(), drawings)).toList();
        return new PageView(result.article().title(), result.article().path(), webUrl(result.article().url()),
                result.article().architecture(), result.version(), ConsoleReporter.summary(result), counts,
                coverage.summary(), coverage.entries().stream()
                        .filter(entry -> entry.status() == org.claimcheck.scan.Coverage.Status.UNCOVERED)
                        .map(entry -> entry.sentence().text()).toList(), Bibliography.of(result),
                blocks(result, segments), result.article().artefacts(), cards,
                result.problems().stream().map(Problem::render).toList(), result.inputs(),
                result.library().map(AuditResult.LibraryUsed::label).orElse(""));
    }


    /** The article's blocks: artefacts left out, a claim's section a heading where it is a line of its own. */
    private static List<ArticleView.Block> blocks(AuditResult result, List<SegmentView> segments) {
        List<TextSpan> artefacts = result.article().artefacts().stream()
                .flatMap(artefact -> result.text().first(artefact.quote()).stream()).toList();
        // a claim of an article without headings names no section: that is no heading, and no blank line is one
        Set<String> sections = result.claims().stream().map(claim -> ArticleText.collapse(claim.claim().section()))
                .filter(section -> !section.isEmpty()).collect(Collectors.toSet());
        return ArticleView.of(result.text().text(), ArticleRuns.of(result.text().text(), segments, artefacts),
                sections);
    }

    /** Only web addresses become links: a {@code javascript:} or {@code data:} address would run in the page. */
    static String webUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : "";
    }

    /** Whether coverage lists sentences no claim quotes. */
    boolean hasUnclaimed() {
        return !unclaimed.isEmpty();
    }

    /** Whether the copy of the article holds text that is not the article's. */
    boolean hasArtefacts() {
        return !artefacts.isEmpty();
    }

    /** The note under the claim index when a claimed figure there is a threshold, not the article's; else empty. */
    String readingNote() {
        return claims.stream().anyMatch(card -> card.claimed().endsWith(Headline.READING_MARK))
                ? Headline.READING_NOTE : "";
    }

    /** Whether any input could not be used. */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** "16 documents": how many the bibliography lists. */
    String documentCount() {
        return bibliography.size() + (bibliography.size() == 1 ? " document" : " documents");
    }

    /** How many plots the cards draw, their parts' included. */
    int plotCount() {
        return claims.stream().mapToInt(card -> card.plots().size() + card.parts().stream()
                .mapToInt(part -> part.plots().size()).sum()).sum();
    }
}
