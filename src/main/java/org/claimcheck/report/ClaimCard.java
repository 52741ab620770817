package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Source;
import org.claimcheck.report.chart.ChartLegend;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Rating;

/**
 * The template's view of one claim card: plain strings and lists, already formatted; the template escapes them.
 *
 * @param id          the claim id, also the card's anchor ({@code claim-ID})
 * @param quote       the quote
 * @param section     the article section
 * @param location    claim file, line and column
 * @param verdict     the verdict's label and CSS class
 * @param badge       what a reader sees first: "NEEDS CONTEXT" for a claim that follows with caveats, else the verdict
 * @param claimed     the article's figure as the claim file reads it ("84%", "at most $100M"), or "mechanism"
 * @param context     the heading of the caveats block: "Needs context" for a claim that follows, else "Context"
 * @param caveats     the claim's caveats with their citations, shown first on the card; possibly none
 * @param sentence    the verdict in plain words ({@link VerdictSentence}), above the working
 * @param asserts     what the claim asserts, in words
 * @param rows        one interpretations-table row per derivation
 * @param solutions   the "what would make it true" lines
 * @param explanation why the verdict
 * @param note        the claim's note, possibly empty
 * @param workings    each derivation's steps and inputs
 * @param citations   every document cited, claim's own sources first, then its inputs', as a reader cites them
 * @param plots       the plots
 * @param quoted      whether the quote was found in the article, so the card can link back to it
 * @param parts       for a claim with parts, a card for each part (its id {@code CLAIM--PART}, which no claim id can
 *                    be, since ids have single hyphens), shown in the claim's card; none for a one-part claim
 */
record ClaimCard(String id, String quote, String section, String location, VerdictView verdict, VerdictView badge,
                 String claimed, String context,
                 List<CaveatLine> caveats, String sentence, String asserts,
                 List<Row> rows, List<String> solutions, String explanation, String note, List<Working> workings,
                 List<CitationView> citations, List<PlotView> plots, boolean quoted, List<ClaimCard> parts) {

    /** What joins a claim's id and a part's in a part card's id. */
    private static final String PART_SEPARATOR = "--";

    /** A caveat and what it rests on, in words, with a link to each document it rests on. */
    record CaveatLine(String text, String citation, List<SourceLink> links) {

        /** The statement with its citation before its full stop: "… left out (R, §1, p.5)." */
        String cited() {
            String statement = text.strip();
            String body = statement.endsWith(".") ? statement.substring(0, statement.length() - 1) : statement;
            return body + " (" + citation + ").";
        }
    }

    /** A row of the interpretations table. */
    record Row(String reading, String stated, String derived, String claimed, String match, String matchCss) {
    }

    /** How one derivation was worked out. */
    record Working(String id, List<String> steps, String comparison, List<String> inputs) {
    }

    /** A document's key and the id of its bibliography entry. */
    record SourceLink(String key, String anchor) {
    }

    /** A drawn plot: DOM id, title, axes, the SVG, its legend and its data in words. */
    record PlotView(String domId, String title, String axes, String svg, List<ChartLegend.Entry> legend,
                    List<String> summary) {
        boolean hasLegend() {
            return !legend.isEmpty();
        }
    }

    static ClaimCard of(ClaimResult result, boolean quoted, Map<String, Document> documents, SharedPlots drawings) {
        return of(result, result.claim().id(), quoted, documents, drawings);
    }

    private static ClaimCard of(ClaimResult result, String id, boolean quoted, Map<String, Document> documents,
                                SharedPlots drawings) {
        List<ClaimCard> parts = result.parts().stream().map(part -> of(part, id + PART_SEPARATOR
                + part.claim().id(), false, documents, drawings)).toList();
        String explanation = result.hasParts() ? "The claim takes the worst of its parts' verdicts: " + String.join(
                "; ", result.parts().stream().map(part -> part.claim().id() + " " + part.verdict().label()).toList())
                + ". Each part's reasons are given with it." : result.explanation();
        List<Row> rows = rows(result);
        List<String> solutions = solutions(result);
        List<Working> workings = result.derivations().stream().map(d -> working(d)).toList();
        List<PlotView> plots = plots(result).stream().map(plot -> plot(id, plot, drawings)).toList();
        return new ClaimCard(id, result.claim().quote(), result.claim().section(), result.claim().location()
                .toString(), VerdictView.of(result.verdict()), VerdictView.rated(result), claimed(result),
                context(result), caveats(result),
                VerdictSentence.of(result), asserts(result.claim().assertion()), rows, solutions,
                explanation, result.claim().note(), workings, Citations.of(sourcesOf(result), documents)
                .stream().map(CitationView::of).toList(), plots, quoted, parts);
    }

    /** A part card's own name, the part's id; a claim card's id. */
    String partName() {
        int at = id.indexOf(PART_SEPARATOR);
        return at < 0 ? id : id.substring(at + PART_SEPARATOR.length());
    }

    /** Whether the card shows caveats. */
    boolean hasCaveats() {
        return !caveats.isEmpty();
    }

    /** The heading of a claim's caveats: its rating when they grade it, else plain "Context". */
    static String context(ClaimResult result) {
        return result.rating() == Rating.NEEDS_CONTEXT ? result.rating().label() : "Context";
    }

    /** The claim's caveats, each with its citation. */
    static List<CaveatLine> caveats(ClaimResult result) {
        return result.caveats().stream().map(caveat -> new CaveatLine(caveat.text(), caveat.citation(),
                caveat.sources().stream().map(Source::document).distinct()
                        .map(key -> new SourceLink(key, Citations.anchor(key))).toList())).toList();
    }

    /**
     * The claimed figure as the index shows it: "84%", "at most $100M", marked {@value Headline#READING_MARK} when the
     * quote gives no figure (a threshold the claim file chose); "mechanism", or "—" for nothing testable.
     */
    static String claimed(ClaimResult result) {
        if (result.claim().assertion() instanceof Assertion.Figure figure) {
            return Headline.bounded(figure) + (Headline.figureInQuote(result.claim()) ? "" : Headline.READING_MARK);
        }
        return Headline.claimed(result);
    }

    /** Whether the card has an interpretations table. */
    boolean hasRows() {
        return !rows.isEmpty();
    }

    /** Whether the card says what would make the claim true. */
    boolean hasSolutions() {
        return !solutions.isEmpty();
    }

    /** Whether the card cites any document. */
    boolean hasCitations() {
        return !citations.isEmpty();
    }

    /** One interpretations-table row per derivation. */
    static List<Row> rows(ClaimResult result) {
        return result.derivations().stream().map(d -> row(d, result)).toList();
    }

    /** The distinct "what would make it true" lines of the derivations. */
    static List<String> solutions(ClaimResult result) {
        return result.derivations().stream().map(d -> d.solution().text()).filter(text -> !text.isEmpty())
                .distinct().toList();
    }

    /**
     * What the claim asserts, in words: "about 50% (tolerance …)", "mechanism: …", "nothing testable: …", or for a
     * claim with parts "2 parts, each judged on its own: total (236B parameters); opinion (nothing testable)", each
     * part's card saying the rest.
     */
    static String asserts(Assertion assertion) {
        if (assertion instanceof Assertion.Figure figure) {
            String bound = figure.bound().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return bound + " " + figure.figure().text() + " (tolerance " + figure.tolerance().explained() + ")";
        }
        if (assertion instanceof Assertion.Mechanism mechanism) {
            return "mechanism: " + mechanism.statement();
        }
        if (assertion instanceof Assertion.Parts parts) {
            return parts.parts().size() + " parts, each judged on its own: " + String.join("; ", parts.parts()
                    .stream().map(part -> part.id() + " (" + named(part.assertion()) + ")").toList());
        }
        return "nothing testable: " + ((Assertion.NothingTestable) assertion).reason();
    }

    /** A part's assertion in a few words: its figure with its bound, "mechanism" or "nothing testable". */
    private static String named(Assertion assertion) {
        if (assertion instanceof Assertion.Figure figure) {
            return Headline.bounded(figure);
        }
        return assertion instanceof Assertion.Mechanism ? "mechanism" : "nothing testable";
    }

    private static Row row(Derivation derivation, ClaimResult result) {
        String claimed = result.claim().assertion() instanceof Assertion.Mechanism
                ? "\"" + derivation.interpretation().asserted() + "\"" : Headline.claimed(result);
        String match = derivation.computed() ? (derivation.matches() ? "matches" : "does not match") : "not derived";
        String css = derivation.computed() ? (derivation.matches() ? "follows" : "does-not-follow") : "unsupported";
        return new Row(derivation.interpretation().reading(), derivation.interpretation().stated() ? "stated"
                : "not stated", Headline.value(derivation, Headline.unitOf(result)), claimed, match, css);
    }

    private static Working working(Derivation derivation) {
        String comparison = derivation.comparison().map(c -> c.detail()).orElse(
                derivation.outcome() instanceof Derivation.Unstated unstated ? unstated.reason() : "");
        List<String> inputs = derivation.inputs().stream().map(input -> input.name() + " = "
                + Numbers.format(input.value()) + " " + input.unit().symbol() + " — " + input.source().cite())
                .toList();
        return new Working(derivation.interpretation().id(), derivation.steps(), comparison, inputs);
    }

    /**
     * Every source the claim cites, one line per document with its locators: the claim's own first, then its
     * caveats', then its inputs', in order ("R — §3.3.3, p.18 · Table 1, p.5").
     */
    static List<SourceLine> sources(ClaimResult result) {
        return cited(sourcesOf(result));
    }

    /** The claim's own sources, its caveats', then its inputs', then its parts', repeats included. */
    static List<Source> sourcesOf(ClaimResult result) {
        List<Source> all = new ArrayList<>(result.claim().sources());
        result.caveats().forEach(caveat -> all.addAll(caveat.sources()));
        result.derivations().stream().flatMap(d -> d.inputs().stream()).map(SourcedValue::source).forEach(all::add);
        result.parts().forEach(part -> all.addAll(sourcesOf(part)));
        return all;
    }

    /** One line per document, in first-cited order, with its distinct locators. */
    static List<SourceLine> cited(List<Source> all) {
        Map<String, Set<String>> byDocument = new LinkedHashMap<>();
        for (Source source : all) {
            Set<String> locators = byDocument.computeIfAbsent(source.document(), document -> new LinkedHashSet<>());
            if (!source.locator().isBlank()) {
                locators.add(source.locator());
            }
        }
        List<SourceLine> lines = new ArrayList<>();
        byDocument.forEach((document, locators) -> lines.add(new SourceLine(document, new ArrayList<>(locators))));
        return lines;
    }

    /** The plots a claim's card shows, in the claim's unit. */
    static List<Plot> plots(ClaimResult result) {
        return ClaimPlots.of(result).stream().map(plot -> ClaimPlots.inClaimUnit(plot, result.claim().assertion()))
                .toList();
    }

    /** The DOM id of the figure that shows {@code plot} on the card of {@code claimId}. */
    static String domId(String claimId, Plot plot) {
        return "plot-" + claimId + "-" + plot.id().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static PlotView plot(String claimId, Plot plot, SharedPlots drawings) {
        String domId = domId(claimId, plot);
        return new PlotView(domId, plot.title(), PlotSummary.axes(plot), drawings.svg(plot, domId),
                ChartLegend.of(plot), PlotSummary.lines(plot));
    }
}
