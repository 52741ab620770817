package org.claimcheck.report;

import org.claimcheck.scan.Coverage;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;

/** The coverage of an audited article's checkable sentences by its judged claims and its waivers. */
final class ReportCoverage {

    private ReportCoverage() {
    }

    static Coverage of(AuditResult result) {
        return Coverage.of(result.article().text(), result.claims().stream().map(ClaimResult::claim).toList(),
                result.article().waivers());
    }
}
