package org.claimcheck.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;

/**
 * DESIGN.md's verdict rules, applied to a claim's derivations:
 * <ol>
 *   <li>nothing testable → NOT_CHECKABLE;</li>
 *   <li>a reading the text states was derived and matches → FOLLOWS;</li>
 *   <li>readings the text states were derived and none matches → DOES_NOT_FOLLOW;</li>
 *   <li>no reading the text states could be derived (the sources do not state what it needs) → UNSUPPORTED.</li>
 * </ol>
 * Readings the text does not state never decide; when one of them matches, the explanation says so and that the
 * match does not bear out the claim as written (it may be a coincidence, or the reading the text should have made).
 * Every explanation names the stated readings that could not be computed, and why, whatever the verdict: a reader
 * must see every reading the text makes, not only those that gave a number.
 */
public final class VerdictEngine {

    private VerdictEngine() {
    }

    /**
     * The verdict of {@code claim} from its derivations, one per interpretation, in the claim's order. The caveats
     * are carried to the result, where they grade its rating; they never change the verdict.
     *
     * @param caveats the claim's caveats, cited ({@link Deriver#caveats})
     */
    public static ClaimResult judge(Claim claim, List<Derivation> derivations, List<CitedCaveat> caveats) {
        if (claim.assertion() instanceof Assertion.NothingTestable nothing) {
            return new ClaimResult(claim, Verdict.NOT_CHECKABLE, derivations, caveats, "Not checkable: "
                    + nothing.reason(), -1);
        }
        List<Derivation> stated = derivations.stream().filter(d -> d.interpretation().stated()).toList();
        List<Derivation> statedComputed = stated.stream().filter(Derivation::computed).toList();
        Verdict verdict;
        if (statedComputed.stream().anyMatch(Derivation::matches)) {
            verdict = Verdict.FOLLOWS;
        } else if (!statedComputed.isEmpty()) {
            verdict = Verdict.DOES_NOT_FOLLOW;
        } else {
            verdict = Verdict.UNSUPPORTED;
        }
        return new ClaimResult(claim, verdict, derivations, caveats, explain(claim, verdict, derivations),
                deciding(derivations));
    }

    /**
     * The verdict of a claim with parts: the worst of its parts' ({@link Verdict#WORST_FIRST}, which says why that
     * order). Its explanation names each part with its verdict, then gives each part's own explanation.
     *
     * @param parts   each part's result, judged by {@link #judge}, in the claim's order
     * @param caveats the claim's own caveats, cited; the parts carry theirs
     */
    public static ClaimResult combine(Claim claim, List<ClaimResult> parts, List<CitedCaveat> caveats) {
        Verdict verdict = Verdict.worst(parts.stream().map(ClaimResult::verdict).toList());
        List<String> sentences = new ArrayList<>();
        sentences.add("The worst of its " + parts.size() + " parts: " + String.join("; ", parts.stream()
                .map(part -> part.claim().id() + " (" + asserted(part.claim()) + ") " + part.verdict().label())
                .toList()) + ".");
        parts.forEach(part -> sentences.add("Part " + part.claim().id() + ": " + part.explanation()));
        return new ClaimResult(claim, verdict, List.of(), caveats, String.join(" ", sentences), -1, parts);
    }

    /** "84%", "a mechanism" or "nothing testable": what a part asserts, for naming it. */
    private static String asserted(Claim part) {
        if (part.assertion() instanceof Assertion.Figure figure) {
            return figure.figure().text();
        }
        return part.assertion() instanceof Assertion.Mechanism ? "a mechanism" : "nothing testable";
    }

    /**
     * The index of the derivation that decides the verdict, the one tables show: the first stated reading that matches
     * (FOLLOWS); else the stated computed reading nearest the claim, the first of equals (DOES_NOT_FOLLOW); else the
     * first stated reading (UNSUPPORTED, not stated); -1 when no reading is stated. Found by position, not by
     * comparing derivations, which may be equal.
     */
    private static int deciding(List<Derivation> derivations) {
        int[] stated = IntStream.range(0, derivations.size())
                .filter(i -> derivations.get(i).interpretation().stated()).toArray();
        return Arrays.stream(stated).filter(i -> derivations.get(i).matches()).findFirst()
                .orElseGet(() -> Arrays.stream(stated).filter(i -> derivations.get(i).computed()).boxed()
                        .min(Comparator.comparingDouble(i -> Math.abs(derivations.get(i).comparison().orElseThrow()
                                .difference())))
                        .orElse(stated.length > 0 ? stated[0] : -1));
    }

    private static String explain(Claim claim, Verdict verdict, List<Derivation> derivations) {
        List<String> sentences = new ArrayList<>(decisive(claim, verdict, derivations));
        sentences.addAll(notComputed(verdict, derivations));
        if (verdict != Verdict.FOLLOWS) {
            derivations.stream().filter(d -> !d.interpretation().stated() && d.matches()).forEach(d ->
                    sentences.add("Only the reading " + quoted(d) + ", which the text does not make, reproduces it ("
                            + d.comparison().orElseThrow().detail() + "): that match does not bear out the claim as "
                            + "written."));
            stated(derivations, true).filter(d -> !(d.solution() instanceof Solution.None))
                    .forEach(d -> sentences.add("Under " + quoted(d) + ", " + d.solution().text() + "."));
        }
        boolean compared = verdict != Verdict.UNSUPPORTED
                || derivations.stream().anyMatch(d -> !d.interpretation().stated() && d.matches());
        if (claim.assertion() instanceof Assertion.Figure figure && compared) {
            // said once here, not in each comparison above
            sentences.add("Tolerance: " + figure.tolerance().explained() + ".");
        }
        return String.join(" ", sentences);
    }

    /** The sentences that carry the verdict: the matching reading, or each stated reading and why it fails. */
    private static List<String> decisive(Claim claim, Verdict verdict, List<Derivation> derivations) {
        String what = claim.assertion() instanceof Assertion.Figure figure ? figure.figure().text() : "the mechanism";
        List<String> sentences = new ArrayList<>();
        switch (verdict) {
            case FOLLOWS -> stated(derivations, true).filter(Derivation::matches).findFirst().ifPresent(d ->
                    sentences.add("Follows under the stated reading " + quoted(d) + ": "
                            + d.comparison().orElseThrow().detail() + "."));
            case DOES_NOT_FOLLOW -> {
                sentences.add("No reading the text states bears out " + what + ":");
                stated(derivations, true).forEach(d -> sentences.add(quoted(d) + ": "
                        + d.comparison().orElseThrow().detail() + "."));
            }
            default -> sentences.add("Nothing the sources state yields " + what + ":");
        }
        return sentences;
    }

    /**
     * The stated readings that could not be computed, each with why: after an UNSUPPORTED verdict's opening sentence
     * they are its reasons; after any other they are introduced as such.
     */
    private static List<String> notComputed(Verdict verdict, List<Derivation> derivations) {
        List<String> sentences = new ArrayList<>();
        List<Derivation> unstated = stated(derivations, false).toList();
        if (verdict != Verdict.UNSUPPORTED && !unstated.isEmpty()) {
            sentences.add(unstated.size() == 1 ? "A stated reading could not be computed:"
                    : "Stated readings that could not be computed:");
        }
        unstated.forEach(d -> sentences.add(quoted(d) + ": " + ((Derivation.Unstated) d.outcome()).reason() + "."));
        return sentences;
    }

    /** The derivations of readings the text states that were ({@code computed}) or could not be computed. */
    private static java.util.stream.Stream<Derivation> stated(List<Derivation> derivations, boolean computed) {
        return derivations.stream().filter(d -> d.interpretation().stated() && d.computed() == computed);
    }

    private static String quoted(Derivation derivation) {
        return "\"" + derivation.interpretation().reading() + "\"";
    }
}
