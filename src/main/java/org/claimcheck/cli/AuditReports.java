package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.HtmlReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.MarkdownReporter;
import org.claimcheck.verdict.AuditResult;

/** Renders the report set of an audit, every file before any is written. */
final class AuditReports {

    private AuditReports() {
    }

    /**
     * The set, file name → content, in a fixed order: report.json, report.md, report.html, claimreview.jsonld and
     * the JUnit XML. The page (charts) is rendered on another thread beside the rest.
     *
     * @param articleFolder the folder the result is of
     */
    static Map<String, String> render(AuditResult result, ClaimReviewReporter reviews, Path articleFolder)
            throws IOException {
        HtmlReporter html = new HtmlReporter();
        CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> html.render(result));
        JsonReporter json = new JsonReporter();
        MarkdownReporter markdown = new MarkdownReporter();
        Map<String, String> rendered = new LinkedHashMap<>();
        rendered.put(json.fileName(), json.render(result));
        rendered.put(markdown.fileName(), markdown.render(result));
        String reviewsText = reviews.render(result);
        String junitText = JunitXmlText.render(result, articleFolder);
        rendered.put(html.fileName(), page.join());
        rendered.put(reviews.fileName(), reviewsText);
        rendered.put(JunitXmlText.fileName(), junitText);
        return rendered;
    }
}
