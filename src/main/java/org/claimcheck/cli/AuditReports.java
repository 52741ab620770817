package org.claimcheck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.HtmlReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.JunitXmlReporter;
import org.claimcheck.report.MarkdownReporter;
import org.claimcheck.report.MarkdownSummaryReporter;
import org.claimcheck.report.Reporter;
import org.claimcheck.verdict.AuditResult;

/** The report set of an audit: the one list of its reporters, each rendered before any file is written. */
final class AuditReports {

    private AuditReports() {
    }

    /** The reporters of the set, in the order their files are written and named; a new report is added here. */
    static List<Reporter> reporters(ClaimReviewReporter reviews) {
        return List.of(new JsonReporter(), new MarkdownSummaryReporter(), new MarkdownReporter(), new HtmlReporter(), reviews,
                new JunitXmlReporter());
    }

    /**
     * The set, file name → content, in the reporters' order. Reporters only render the result, so they run side by
     * side (the page, with its charts, takes the longest); the contents do not depend on it.
     */
    static Map<String, String> render(AuditResult result, ClaimReviewReporter reviews) {
        List<Reporter> reporters = reporters(reviews);
        List<CompletableFuture<String>> contents = reporters.stream()
                .map(reporter -> CompletableFuture.supplyAsync(() -> reporter.render(result))).toList();
        Map<String, String> rendered = new LinkedHashMap<>();
        for (int i = 0; i < reporters.size(); i++) {
            rendered.put(reporters.get(i).fileName(), contents.get(i).join());
        }
        return rendered;
    }
}
