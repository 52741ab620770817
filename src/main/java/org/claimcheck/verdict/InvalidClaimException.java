package org.claimcheck.verdict;

import java.util.List;
import org.claimcheck.claim.Problem;

/** A claim whose inputs cannot be used (unknown check, fact or unit, a mistyped parameter): it gets no verdict. */
public final class InvalidClaimException extends Exception {

    private final transient List<Problem> problems;

    public InvalidClaimException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid claim" : problems.get(0).render());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
