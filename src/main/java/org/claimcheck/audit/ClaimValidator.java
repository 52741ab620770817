package org.claimcheck.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.load.Suggestions;

/**
 * Checks every name a claim uses before anything runs (check kinds and their parameter names, facts, other claims,
 * source documents, the facts and documents its caveats rest on), so that all of a claim's problems are reported at
 * once, with their places.
 */
final class ClaimValidator {

    private final Library library;
    private final CheckRegistry registry;
    private final Map<String, Claim> claims;

    ClaimValidator(Library library, CheckRegistry registry, Map<String, Claim> claims) {
        this.library = library;
        this.registry = registry;
        this.claims = claims;
    }

    /** Every problem of {@code claim}'s references, in file order. */
    List<Problem> problems(Claim claim) {
        List<Problem> problems = new ArrayList<>();
        for (Source source : claim.sources()) {
            document(source, claim.location(), "sources", problems);
        }
        for (Interpretation interpretation : claim.interpretations()) {
            problems.addAll(problems(interpretation));
        }
        for (int i = 0; i < claim.caveats().size(); i++) {
            caveat(claim.caveats().get(i), "caveats[" + i + "]", problems);
        }
        for (Claim part : claim.parts()) {
            problems.addAll(inPart(part, problems(part)));
        }
        return problems;
    }

    /** {@code problems} of a part, their fields named from the claim: {@code parts.ID.interpretations.…}. */
    static List<Problem> inPart(Claim part, List<Problem> problems) {
        return problems.stream().map(problem -> new Problem(problem.location(), "parts." + part.id() + "."
                + problem.field(), problem.message())).toList();
    }

    /** Every problem of the names one interpretation uses. */
    List<Problem> problems(Interpretation interpretation) {
        List<Problem> problems = new ArrayList<>();
        String field = "interpretations." + interpretation.id();
        Method method = interpretation.method();
        if (method instanceof Method.CheckCall call) {
            checkCall(call.kind(), call.parameters(), interpretation.location(), field, problems);
        } else if (method instanceof Method.FactLookup lookup) {
            fact(lookup.fact(), interpretation.location(), field + ".fact", problems);
        } else {
            for (Method.Input input : ((Method.Expression) method).inputs()) {
                reference(input, field + ".inputs." + input.name(), problems);
            }
        }
        return problems;
    }

    /** A caveat's document or fact must be the library's; its interpretation was checked as the file was read. */
    private void caveat(Caveat caveat, String field, List<Problem> problems) {
        if (caveat.basis() instanceof Caveat.SourceBasis cited) {
            document(cited.source(), caveat.location(), field + ".source", problems);
        } else if (caveat.basis() instanceof Caveat.FactBasis fact) {
            fact(fact.fact(), caveat.location(), field + ".fact", problems);
        }
    }

    private void reference(Method.Input input, String field, List<Problem> problems) {
        Method.Reference reference = input.reference();
        if (reference instanceof Method.FactRef fact) {
            fact(fact.fact(), input.location(), field + ".fact", problems);
        } else if (reference instanceof Method.CheckRef check) {
            checkCall(check.kind(), check.parameters(), input.location(), field, problems);
        } else if (!claims.containsKey(((Method.ClaimRef) reference).claimId())) {
            String id = ((Method.ClaimRef) reference).claimId();
            problems.add(new Problem(input.location(), field + ".claim", "expected the id of a claim of this "
                    + "article, got \"" + id + "\"" + Suggestions.didYouMean(id, claims.keySet())));
        }
    }

    private void checkCall(String kind, Map<String, Object> parameters, SourceLocation at, String field,
                           List<Problem> problems) {
        Check check;
        try {
            check = LibraryContext.check(registry, kind);
        } catch (CheckException e) {
            problems.add(new Problem(at, field, e.getMessage()));
            return;
        }
        LibraryContext.nameProblems(check, parameters.keySet())
                .forEach(message -> problems.add(new Problem(at, field, message)));
    }

    private void fact(String name, SourceLocation at, String field, List<Problem> problems) {
        if (library.fact(name).isEmpty()) {
            problems.add(new Problem(at, field, "expected a fact of the library, got \"" + name + "\""
                    + Suggestions.didYouMean(name, library.factNames())));
        }
    }

    private void document(Source source, SourceLocation at, String field, List<Problem> problems) {
        if (!library.documents().containsKey(source.document())) {
            problems.add(new Problem(at, field + ".document", "expected a document key of the library's "
                    + "sources.yaml (" + Suggestions.oneOf(library.documents().keySet()) + "), got \""
                    + source.document() + "\"" + Suggestions.didYouMean(source.document(),
                    library.documents().keySet())));
        }
    }
}
