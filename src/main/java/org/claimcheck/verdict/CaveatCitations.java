package org.claimcheck.verdict;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Problem;
import org.claimcheck.unit.Unit;

/** Looks up what each caveat of a claim rests on: its document, the fact and its source, or the derivation. */
final class CaveatCitations {

    private CaveatCitations() {
    }

    /**
     * The claim's caveats, cited, in file order.
     *
     * @param derivations the claim's derivations, one per interpretation
     * @throws InvalidClaimException when a caveat names a fact the library does not hold
     */
    static List<CitedCaveat> cite(Claim claim, List<Derivation> derivations, CheckContext context)
            throws InvalidClaimException {
        List<CitedCaveat> cited = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < claim.caveats().size(); i++) {
            Caveat caveat = claim.caveats().get(i);
            try {
                cited.add(cite(claim, caveat, derivations, context));
            } catch (CheckException e) {
                String field = "caveats[" + i + "]";
                e.problems().forEach(message -> problems.add(new Problem(caveat.location(), field, message)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        return cited;
    }

    private static CitedCaveat cite(Claim claim, Caveat caveat, List<Derivation> derivations, CheckContext context)
            throws CheckException {
        Caveat.Basis basis = caveat.basis();
        if (basis instanceof Caveat.SourceBasis cited) {
            return new CitedCaveat(caveat, cited.source().cite(), List.of(cited.source()));
        }
        if (basis instanceof Caveat.FactBasis named) {
            Fact fact = context.fact(named.fact());
            return new CitedCaveat(caveat, fact.name() + " " + stated(fact.value()) + " (" + fact.source().cite()
                    + ")", List.of(fact.source()));
        }
        String id = ((Caveat.InterpretationBasis) basis).interpretation();
        Derivation derivation = derivations.stream().filter(d -> d.interpretation().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no derivation " + id + " of claim " + claim.id()));
        Unit unit = claim.assertion() instanceof Assertion.Figure figure ? figure.figure().quantity().unit()
                : Unit.RATIO;
        return new CitedCaveat(caveat, "derivation " + id + " (\"" + derivation.interpretation().reading() + "\"): "
                + derived(derivation.outcome(), unit), derivation.inputs().stream().map(SourcedValue::source)
                .distinct().toList());
    }

    /** "= $5.576M", "is \"h800\"", "is not stated". */
    private static String stated(Fact.Value value) {
        if (value instanceof Fact.Figure figure) {
            return "= " + Display.quantity(figure.quantity(), figure.quantity().unit());
        }
        return value instanceof Fact.Property property ? "is \"" + property.text() + "\"" : "is not stated";
    }

    private static String derived(Derivation.Outcome outcome, Unit unit) {
        if (outcome instanceof Derivation.Value value) {
            return Display.quantity(value.quantity(), unit);
        }
        return outcome instanceof Derivation.Property property ? "\"" + property.text() + "\"" : "not derived";
    }
}
