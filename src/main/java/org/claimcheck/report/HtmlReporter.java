package org.claimcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.report.chart.PlotSvg;
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

    /** The page's template, compiled when first used (by {@link #warmUp}, or the first page). */
    private static final class Template {
        private static final Mustache MUSTACHE = new DefaultMustacheFactory() {
            /** Every value the template escapes passes here: controls become visible first (see the class comment). */
            @Override
            public void encode(String value, Writer writer) {
                super.encode(ConsoleText.escapeControls(value), writer);
            }
        }.compile("org/claimcheck/report/report.html.mustache");
    }

    /**
     * Starts, on a thread of its own, what the page will need: its template, compiled, and the chart library, whose
     * first drawing runs cold ({@link PlotSvg#warmUp}). Called as an audit starts, it overlaps the command's start and
     * the reading of the library, while the second core is mostly idle, instead of adding a tenth of a second to the
     * rendering. The thread is a daemon that never keeps the JVM alive, and a failure in it is dropped: the page's own
     * drawing meets it again and reports it.
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> {
            Objects.requireNonNull(Template.MUSTACHE);
            PlotSvg.warmUp();
        }, "claimcheck-warm-up");
        thread.setDaemon(true);
        // not printed: the page's own drawing meets the same failure and reports it as the command's
        thread.setUncaughtExceptionHandler((failed, e) -> { });
        thread.start();
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(AuditResult result) {
        StringWriter out = new StringWriter();
        Template.MUSTACHE.execute(out, PageView.of(result));
        return out.toString();
    }
}
