package org.claimcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.Writer;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.verdict.AuditResult;

/**
 * {@code report.html}: one self-contained page (styles inline, plots inline SVG, no network) rendered by a Mustache
 * template (with its partial {@code article-run.mustache}, a run of the article), which HTML-escapes every value. The only value inserted unescaped is each plot's SVG, which the chart
 * library writes with its text XML-escaped; no HTML is assembled from strings here.
 *
 * <p>Text from the input that stands inline beside the page's own words is isolated in {@code <bdi>}, so that
 * bidirectional controls in it (a right-to-left override in a quote) cannot reorder the page around it, and each
 * claim's mark in the article is a left-to-right isolate, so the article's own controls cannot reverse a verdict
 * label. A value that fills a block alone (a table cell, a list item, a blockquote) is its own bidi paragraph already.
 * The bidi controls are kept, since right-to-left text needs its marks to read right; the other controls (C0 but
 * tab and line feed, DEL, C1, U+2028 and U+2029) are shown as visible escapes ({@link ConsoleText#escapeControls}):
 * they have no place in an article, and a carriage return or paragraph separator would end an isolate early.
 */
public final class HtmlReporter implements Reporter {

    private static final String TEMPLATE = "org/claimcheck/report/report.html.mustache";
    private static final Mustache MUSTACHE = new DefaultMustacheFactory() {
        /** Every value the template escapes passes here: controls become visible first (see the class comment). */
        @Override
        public void encode(String value, Writer writer) {
            super.encode(ConsoleText.escapeControls(value), writer);
        }
    }.compile(TEMPLATE);

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
