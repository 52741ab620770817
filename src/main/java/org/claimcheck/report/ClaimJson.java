package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Source;
import org.claimcheck.json.JsonTree;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.CitedCaveat;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Comparison;
import org.claimcheck.verdict.Derivation;

/**
 * One claim of {@code report.json}, values in base units (ratios as fractions): its verdict, its rating (the verdict
 * graded by its caveats) and its caveats, each with its basis and citation. A claim with parts keeps these fields
 * ({@code claimed} is null; {@code derivations} are its parts', each naming its {@code part}) and adds
 * {@code parts[]}, each part with the same fields as a claim but for the quote, section and note it shares.
 */
final class ClaimJson {

    private ClaimJson() {
    }

    static ObjectNode of(ClaimResult result) {
        Claim claim = result.claim();
        ObjectNode node = JsonTree.object();
        node.put("id", claim.id());
        node.put("quote", claim.quote());
        node.put("section", claim.section());
        node.put("location", claim.location().toString());
        node.put("verdict", result.verdict().name());
        node.put("flagged", result.verdict().flagged());
        node.put("rating", result.rating().name());
        node.put("verdictSentence", VerdictSentence.of(result));
        claimed(node, claim.assertion());
        ArrayNode derivations = node.putArray("derivations");
        result.derivations().forEach(derivation -> derivations.add(derivation(derivation)));
        result.parts().forEach(part -> part.derivations().forEach(derivation -> derivations.add(
                derivation(derivation).put("part", part.claim().id()))));
        node.put("explanation", result.explanation());
        node.put("note", claim.note());
        ArrayNode caveats = node.putArray("caveats");
        result.caveats().forEach(caveat -> caveats.add(caveat(caveat)));
        ArrayNode sources = node.putArray("sources");
        claim.sources().forEach(source -> sources.add(source(source)));
        ClaimCard.sourcesOf(result).stream().distinct().filter(source -> !claim.sources().contains(source))
                .forEach(source -> sources.add(source(source)));
        if (result.hasParts()) {
            ArrayNode parts = node.putArray("parts");
            result.parts().forEach(part -> parts.add(part(part)));
        }
        return node;
    }

    /** A part as a claim of its own, without what it shares with its claim (quote, section, note). */
    private static ObjectNode part(ClaimResult part) {
        ObjectNode node = of(part);
        node.remove(List.of("quote", "section", "note"));
        return node;
    }

    private static void claimed(ObjectNode node, Assertion assertion) {
        if (assertion instanceof Assertion.Figure figure) {
            ObjectNode claimed = node.putObject("claimed");
            Quantity quantity = figure.figure().quantity();
            claimed.put("value", quantity.inBase());
            claimed.put("unit", Unit.baseOf(quantity.dimension()).symbol());
            claimed.put("text", figure.figure().text());
            claimed.put("bound", figure.bound().name());
            claimed.put("tolerance", figure.tolerance().describe());
            claimed.put("toleranceOrigin", figure.tolerance().origin());
        } else {
            node.putNull("claimed");
        }
        if (assertion instanceof Assertion.Mechanism mechanism) {
            node.put("mechanism", mechanism.statement());
        }
        if (assertion instanceof Assertion.NothingTestable nothing) {
            node.put("notTestable", nothing.reason());
        }
    }

    private static ObjectNode derivation(Derivation derivation) {
        ObjectNode node = JsonTree.object();
        node.put("interpretation", derivation.interpretation().id());
        node.put("reading", derivation.interpretation().reading());
        node.put("stated", derivation.interpretation().stated());
        Derivation.Outcome outcome = derivation.outcome();
        if (outcome instanceof Derivation.Value value) {
            node.put("value", value.quantity().inBase());
            node.put("unit", Unit.baseOf(value.quantity().dimension()).symbol());
        } else {
            node.putNull("value");
            node.putNull("unit");
        }
        if (outcome instanceof Derivation.Property property) {
            node.put("property", property.text());
            node.put("asserted", derivation.interpretation().asserted());
        }
        if (outcome instanceof Derivation.Unstated unstated) {
            node.put("unstated", unstated.reason());
        }
        node.put("matches", derivation.matches());
        derivation.comparison().ifPresent(comparison -> comparison(node, comparison));
        ArrayNode steps = node.putArray("steps");
        derivation.steps().forEach(steps::add);
        ArrayNode inputs = node.putArray("inputs");
        derivation.inputs().forEach(input -> inputs.add(input(input)));
        node.put("solution", derivation.solution().text());
        ArrayNode plots = node.putArray("plots");
        derivation.plots().forEach(plot -> plots.add(PlotJson.of(plot)));
        return node;
    }

    private static void comparison(ObjectNode node, Comparison comparison) {
        node.put("difference", comparison.difference());
        node.put("allowance", comparison.allowance());
        node.put("tolerance", comparison.tolerance().describe());
        node.put("comparison", comparison.detail());
    }

    /** The statement, its basis as written (source, fact or interpretation), the citation and its documents. */
    private static ObjectNode caveat(CitedCaveat caveat) {
        ObjectNode node = JsonTree.object();
        node.put("text", caveat.text());
        Caveat.Basis basis = caveat.caveat().basis();
        if (basis instanceof Caveat.SourceBasis cited) {
            node.set("source", source(cited.source()));
        } else if (basis instanceof Caveat.FactBasis fact) {
            node.put("fact", fact.fact());
        } else {
            node.put("interpretation", ((Caveat.InterpretationBasis) basis).interpretation());
        }
        node.put("citation", caveat.citation());
        ArrayNode sources = node.putArray("sources");
        caveat.sources().forEach(source -> sources.add(source(source)));
        return node;
    }

    private static ObjectNode input(SourcedValue input) {
        ObjectNode node = JsonTree.object();
        node.put("name", input.name());
        node.put("value", input.value());
        node.put("unit", input.unit().symbol());
        node.set("source", source(input.source()));
        return node;
    }

    static ObjectNode source(Source source) {
        ObjectNode node = JsonTree.object();
        node.put("document", source.document());
        node.put("locator", source.locator());
        return node;
    }
}
