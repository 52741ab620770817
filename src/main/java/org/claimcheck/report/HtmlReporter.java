package org.claimcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import org.claimcheck.verdict.AuditResult;

/**
 * {@code report.html}: one self-contained page (styles inline, plots inline SVG, no network) rendered by a Mustache
 * template, which HTML-escapes every value. The only value inserted unescaped is each plot's SVG, which the chart
 * library writes with its text XML-escaped; no HTML is assembled from strings here.
 */
public final class HtmlReporter implements Reporter {

    private static final String TEMPLATE = "org/claimcheck/report/report.html.mustache";
    private static final Mustache MUSTACHE = new DefaultMustacheFactory().compile(TEMPLATE);

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(AuditResult result) {
        StringWriter out = new StringWriter();
        MUSTACHE.execute(out, PageView.of(result));
        return out.toString();
    }
}
