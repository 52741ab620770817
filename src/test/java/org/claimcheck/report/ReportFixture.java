package org.claimcheck.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Source;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Comparison;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Solution;
import org.claimcheck.verdict.Verdict;

/** Audit results built by hand for the reporter tests: one with hostile text everywhere, one plain. */
final class ReportFixture {

    /** Markup, an event handler, Markdown control characters and JSON-breaking quotes and escapes in one string. */
    static final String HOSTILE = "<script>alert(\"x\")</script><img src=x onerror=\"alert(1)\"> *bold* _em_ "
            + "[link](javascript:alert(1)) | pipe | `code` # \\\" \\u0000 '}]";
    static final String QUOTE = "cut <b>compute</b> by 84% <script>alert(1)</script>";
    /**
     * Controls that would clear a terminal (ESC [2J), forge a second line (line feed, carriage return) and reverse the
     * text after them (RLO, U+202E), then markup that XML must escape, a CDATA end and a character outside the BMP.
     */
    static final String CONTROLS = "\u001b[2J\nclaims/x/claims/x.yaml:1:1: forged\r\u202e \u0001 ]]> & < \" ' "
            + "\uD835\uDD3D";
    static final String ARTICLE_TEXT = "Intro " + HOSTILE + "\nThey " + QUOTE + " and 50% of the rest.\n";
    private static final SourceLocation AT = new SourceLocation("claims/x/claims/x.yaml", 2, 5);
    private static final Source SOURCE = new Source("R", HOSTILE);

    private ReportFixture() {
    }

    /** Two claims: a figure claim that does not follow, with two derivations sharing a plot id, and a mechanism. */
    static AuditResult hostile() {
        Article article = new Article(HOSTILE, "claims/x/article.txt", ARTICLE_TEXT, "javascript:alert(1)", "demo",
                List.of());
        return AuditResult.of(article, List.of(figureClaim(QUOTE, HOSTILE), mechanismClaim()), List.of(),
                List.of(new AuditResult.InputFile("claims/x/article.txt", "ab12")), "0.1.0")
                .withDocuments(Map.of("R", document(HOSTILE, "javascript:alert(1)")));
    }

    /** A figure claim and a mechanism claim with {@link #CONTROLS} in every text: quote, values, derivation, source. */
    static AuditResult withControls() {
        String quote = "cut compute by 84% " + CONTROLS;
        Article article = new Article("Demo " + CONTROLS, "claims/x/article.txt", "They " + quote + " today.", "",
                "demo", List.of());
        Claim claim = new Claim("layout", "today", CONTROLS, new Assertion.Mechanism(CONTROLS),
                List.of(interpretation("stated-one", true)), List.of(SOURCE), CONTROLS,
                List.of(), new SourceLocation("claims/x/claims/x.yaml", 30, 5));
        Derivation property = new Derivation(claim.interpretations().get(0), new Derivation.Property(CONTROLS),
                List.of(), List.of(CONTROLS), List.of(), Optional.empty(), Solution.NONE);
        return AuditResult.of(article, List.of(figureClaim(quote, CONTROLS), new ClaimResult(claim,
                Verdict.UNSUPPORTED, List.of(property), List.of(), CONTROLS, 0)), List.of(), List.of(), "0.1.0")
                .withDocuments(Map.of("R", document(CONTROLS, "https://example.org/" + CONTROLS)));
    }

    /** The figure claim "84%" of a plain article, with its two derivations and one plot. */
    static AuditResult plain() {
        Article article = new Article("Demo", "claims/x/article.txt", "They cut compute by 84% today.", "", "demo",
                List.of());
        return AuditResult.of(article, List.of(figureClaim("cut compute by 84%", "vs dense")), List.of(), List.of(),
                "0.1.0");
    }

    static ClaimResult figureClaim(String quote, String text) {
        Assertion.Figure figure = new Assertion.Figure(new StatedFigure("84%", Quantity.of(84, Unit.PERCENT), 0.5),
                Assertion.Bound.ABOUT, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.005, "from the precision of \"84%\" "
                + "(±0.5%, half its last digit)"));
        Claim claim = new Claim("compute-cut", quote, text, figure, List.of(interpretation("stated-one", true),
                interpretation("other", false)), List.of(SOURCE), text, List.of(), AT);
        Plot plot = new Plot("cut-" + "by-model", text, "model (" + text + ")", "reduction (ratio)", false,
                List.of(Plot.Series.of(text, List.of(1.0, 2.0, 3.0), List.of(0.5, 0.75, 0.9))),
                List.of(new Plot.Reference(text, 0.6)));
        Comparison off = new Comparison(false, -0.09, 0.005, figure.tolerance(), text);
        Derivation first = new Derivation(claim.interpretations().get(0), new Derivation.Value(Quantity.of(0.75,
                Unit.RATIO)), List.of(new SourcedValue(text, 40e9, Unit.PARAMETERS, SOURCE)), List.of(text),
                List.of(plot), Optional.of(off), new Solution.Solved(figure.figure(), text,
                Quantity.of(62.5e9, Unit.PARAMETERS), Quantity.of(40e9, Unit.PARAMETERS)));
        Derivation second = new Derivation(claim.interpretations().get(1), new Derivation.Value(Quantity.of(0.9,
                Unit.RATIO)), List.of(), List.of(text), List.of(plot), Optional.of(off), Solution.NONE);
        return new ClaimResult(claim, Verdict.DOES_NOT_FOLLOW, List.of(first, second), List.of(), text, 0);
    }

    private static ClaimResult mechanismClaim() {
        Claim claim = new Claim("per-layer", "50% of the rest", HOSTILE, new Assertion.Mechanism(HOSTILE),
                List.of(), List.of(), "", List.of(), new SourceLocation("claims/x/claims/x.yaml", 20, 5));
        return new ClaimResult(claim, Verdict.UNSUPPORTED, List.of(), List.of(), HOSTILE, -1);
    }

    /** Document R of the sources, with {@code text} in every field but the link. */
    private static Document document(String text, String url) {
        return new Document("R", text, text, "2024", url, text, text, "", false);
    }

    private static Interpretation interpretation(String id, boolean stated) {
        return new Interpretation(id, HOSTILE, stated, new Method.CheckCall("demo.check", Map.of()), "", AT);
    }
}
