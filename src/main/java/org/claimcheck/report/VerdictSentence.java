package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Quantity;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Solution;

/**
 * A claim's verdict in plain words, generated from its derivations, never written in a claim file: what the article
 * says (and the figure it is read as, when the quote gives none), what the readings the text states give, which way a
 * figure that does not follow errs, what would make it true, and which stated readings could not be computed.
 * Numbers are rounded as {@link Rounded} says; the working keeps every digit. The tolerance is the explanation's to
 * state.
 */
final class VerdictSentence {

    private VerdictSentence() {
    }

    /** The verdict in a few plain sentences. */
    static String of(ClaimResult result) {
        if (result.hasParts()) {
            return ofParts(result);
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(says(result));
        sentences.addAll(body(result));
        return String.join(" ", sentences);
    }

    /**
     * A claim with parts: what the article says, that the claim takes the worst of its parts' verdicts, then each part
     * named with what it asserts and its own sentences.
     */
    private static String ofParts(ClaimResult result) {
        List<String> sentences = new ArrayList<>();
        sentences.add("The article says \"" + result.claim().quote() + "\": " + result.parts().size() + " parts, "
                + "each judged on its own; the sentence takes the worst of their verdicts, "
                + result.verdict().label() + ".");
        for (ClaimResult part : result.parts()) {
            List<String> body = body(part);
            sentences.add("Part " + part.claim().id() + " (" + asserted(part) + ")"
                    + (body.isEmpty() ? "." : ": " + String.join(" ", body)));
        }
        return String.join(" ", sentences);
    }

    /**
     * What a part asserts, as its sentence names it: its figure, with what it is read as when the quote does not give
     * it, the mechanism it is read as, or why there is nothing to check.
     */
    private static String asserted(ClaimResult part) {
        Assertion assertion = part.claim().assertion();
        if (assertion instanceof Assertion.NothingTestable nothing) {
            return "nothing to check: " + nothing.reason();
        }
        if (assertion instanceof Assertion.Mechanism mechanism) {
            return "read here as: " + mechanism.statement();
        }
        Assertion.Figure figure = (Assertion.Figure) assertion;
        return Headline.figureInQuote(part.claim()) ? figure.figure().text() : "read here as "
                + Headline.bounded(figure) + ", a figure the quote does not give";
    }

    /** The sentences after what the article says: what the readings give, and what would make it true. */
    private static List<String> body(ClaimResult result) {
        List<String> sentences = new ArrayList<>();
        switch (result.verdict()) {
            case FOLLOWS -> {
                sentences.add(follows(result));
                notComputed(result, sentences);
            }
            case DOES_NOT_FOLLOW -> {
                sentences.add(doesNotFollow(result));
                notComputed(result, sentences);
                whatWouldMakeItTrue(result, sentences);
            }
            case UNSUPPORTED -> {
                sentences.add("Nothing the sources state yields it: they do not state what " + uncomputed(result)
                        + ".");
                whatWouldMakeItTrue(result, sentences);
            }
            case NOT_CHECKABLE -> {
                // what the article says, and why nothing is checked, is the whole of it
            }
        }
        return sentences;
    }

    /** The stated readings that could not be computed, when there are any. */
    private static void notComputed(ClaimResult result, List<String> sentences) {
        if (stated(result, false).findAny().isPresent()) {
            sentences.add("The sources do not state what " + uncomputed(result) + ", so "
                    + (stated(result, false).count() == 1 ? "it was" : "they were") + " not computed.");
        }
    }

    /** For a claim that is not borne out: the unstated readings that match, and the solved inputs. */
    private static void whatWouldMakeItTrue(ClaimResult result, List<String> sentences) {
        result.derivations().stream().filter(d -> !d.interpretation().stated() && d.matches())
                .forEach(d -> sentences.add("Only the reading " + quoted(d) + ", which the text does not make, "
                        + "gives " + value(d, result) + "."));
        sentences.addAll(solutions(result));
    }

    /** "The article says "…"", with the figure it is read as when the quote gives none, or why nothing is checked. */
    private static String says(ClaimResult result) {
        String says = "The article says \"" + result.claim().quote() + "\"";
        Assertion assertion = result.claim().assertion();
        if (assertion instanceof Assertion.NothingTestable nothing) {
            return says + "; there is nothing to check in it: " + nothing.reason() + ".";
        }
        if (assertion instanceof Assertion.Mechanism mechanism) {
            return says + ", read here as: " + mechanism.statement() + ".";
        }
        // a quote that is a whole sentence ends the sentence itself: no second full stop after its closing mark
        String end = result.claim().quote().strip().matches(".*[.!?]$") ? "" : ".";
        return Headline.figureInQuote(result.claim()) ? says + end : says + ", read here as "
                + Headline.bounded((Assertion.Figure) assertion) + ", a figure the quote does not give.";
    }

    /**
     * "The stated reading "…" gives 95.5%, which bears it out", then how many other stated readings agree and what
     * those that do not give.
     */
    private static String follows(ClaimResult result) {
        Derivation deciding = result.deciding().orElseThrow();
        String sentence = (result.claim().assertion() instanceof Assertion.Mechanism
                ? "For the stated reading " + quoted(deciding) + ", " + finder(deciding) + " "
                : "The stated reading " + quoted(deciding) + " gives ") + value(deciding, result)
                + ", which bears it out";
        long agreeing = stated(result, true).filter(d -> d != deciding && d.matches()).count();
        if (agreeing > 0) {
            sentence += agreeing == 1 ? ", as does another stated reading" : ", as do " + agreeing + " other stated "
                    + "readings";
        }
        List<String> others = stated(result, true).filter(d -> !d.matches()).map(d -> value(d, result) + " ("
                + quoted(d) + ")").toList();
        if (!others.isEmpty()) {
            sentence += "; " + (others.size() == 1 ? "another stated reading gives " : "other stated readings give ")
                    + joined(others);
        }
        return sentence + ".";
    }

    /** Who says what a derivation yields: a fact is what the sources state, a check is claimcheck's own finding. */
    private static String finder(Derivation derivation) {
        return derivation.interpretation().method() instanceof Method.CheckCall ? "claimcheck's own check finds"
                : "the sources state";
    }

    /** Each stated reading's value and, for a figure, which way the article's figure errs. */
    private static String doesNotFollow(ClaimResult result) {
        List<Derivation> computed = stated(result, true).toList();
        if (result.claim().assertion() instanceof Assertion.Mechanism) {
            return "No reading the text states bears it out: " + String.join("; ", computed.stream().map(d -> "for "
                    + quoted(d) + " " + finder(d) + " " + value(d, result) + ", not \"" + d.interpretation()
                    .asserted() + "\"").toList()) + ".";
        }
        String figure = ((Assertion.Figure) result.claim().assertion()).figure().text();
        long below = computed.stream().filter(d -> d.comparison().orElseThrow().difference() < 0).count();
        long above = computed.size() - below;
        String direction = below == 0 ? "too low" : above == 0 ? "too high" : "too low under " + above + " of "
                + "them and too high under " + below;
        if ((below == 0 || above == 0) && computed.size() > 1) {
            direction += " under every one";
        }
        return "No reading the text states bears it out: " + (computed.size() == 1 ? "it gives " : "they give ")
                + joined(computed.stream().map(d -> value(d, result) + " (" + quoted(d) + ")").toList()) + ", so "
                + figure + " is " + direction + ".";
    }

    /** "the stated reading "…" needs", or "the stated readings "…" and "…" need": those not computed. */
    private static String uncomputed(ClaimResult result) {
        List<String> readings = stated(result, false).map(VerdictSentence::quoted).toList();
        return readings.size() == 1 ? "the stated reading " + readings.get(0) + " needs"
                : "the stated readings " + joined(readings) + " need";
    }

    /**
     * What would make the figure true, one sentence per value needed: "84% would need dense = 229B parameters, where
     * the sources give 404B parameters and 69.5B parameters."
     */
    private static List<String> solutions(ClaimResult result) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        List<String> unsolvable = new ArrayList<>();
        stated(result, true).map(Derivation::solution).forEach(solution -> {
            if (solution instanceof Solution.Solved solved) {
                given.computeIfAbsent(solved.claimed().text() + " would need " + solved.input() + " = "
                        + shown(solved.needed(), solved), key -> new ArrayList<>())
                        .add(shown(solved.stated(), solved));
            } else if (solution instanceof Solution.Unsolvable none) {
                unsolvable.add("No value of " + none.input() + " gives " + none.claimed().text() + ".");
            }
        });
        List<String> sentences = new ArrayList<>();
        given.forEach((needed, stated) -> sentences.add(needed + ", where the sources give " + joined(stated) + "."));
        unsolvable.stream().distinct().forEach(sentences::add);
        return sentences;
    }

    /** A value of a solution, to the solution's significant digits: "229B parameters". */
    private static String shown(Quantity quantity, Solution.Solved solved) {
        return Numbers.human(quantity.value(), solved.digits()) + " " + quantity.unit().symbol();
    }

    /** A derivation's value as the sentence shows it: rounded in the claim's unit, or the stated property quoted. */
    private static String value(Derivation derivation, ClaimResult result) {
        if (derivation.outcome() instanceof Derivation.Value value
                && result.claim().assertion() instanceof Assertion.Figure figure) {
            return Rounded.value(value.quantity(), figure.figure());
        }
        return Headline.value(derivation, Headline.unitOf(result));
    }

    private static Stream<Derivation> stated(ClaimResult result, boolean computed) {
        return result.derivations().stream().filter(d -> d.interpretation().stated() && d.computed() == computed);
    }

    private static String quoted(Derivation derivation) {
        return "\"" + derivation.interpretation().reading() + "\"";
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
