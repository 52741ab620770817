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
import org.claimcheck.report.Reporter;
import org.claimcheck.verdict.AuditResult;

/** Renders the report set of an audit, every file before any is written. */
final class AuditReports {

    private AuditReports() {
    }

    /**
     * The set, file name → content, in a fixed order: report.json, report.md, report.html, claimreview.jsonld and
     * TEST-claims.xml. The page (charts) is rendered on another thread beside the rest.
     */
    static Map<String, String> render(AuditResult result, ClaimReviewReporter reviews) {
        HtmlReporter html = new HtmlReporter();
        CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> html.render(result));
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Reporter reporter : List.of(new JsonReporter(), new MarkdownReporter())) {
            rendered.put(reporter.fileName(), reporter.render(result));
        }
        String reviewsText = reviews.render(result);
        String junitText = new JunitXmlReporter().render(result);
        rendered.put(html.fileName(), page.join());
        rendered.put(reviews.fileName(), reviewsText);
        rendered.put(JunitXmlReporter.FILE_NAME, junitText);
        return rendered;
    }
}
