package org.claimcheck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.claimcheck.audit.Audit;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.ConsoleReporter;
import org.claimcheck.report.HtmlReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.JunitXmlReporter;
import org.claimcheck.report.MarkdownReporter;
import org.claimcheck.report.MarkdownSummaryReporter;
import org.claimcheck.report.Reporter;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports do not depend on the machine: the default locale (German decimal commas, Turkish dotless i, Arabic-Indic and
 * Devanagari digits), the default time zone and the number of threads the claims are derived on change no byte of any
 * report, the page's SVG charts included.
 */
class MachineIndependenceTest {

    private static final Path ARTICLE = Path.of("claims/deepseek-v3-article");
    private static final LocalDate REVIEW_DATE = LocalDate.of(2025, 1, 15);
    private static final int CONTEXT_CHARS = 60;
    private static Map<String, String> rootInUtc;

    /** Every report of the seed article, by file name, audited and rendered under the given defaults. */
    private static Map<String, String> reports(Locale locale, String zone) {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            AuditResult result = Audit.withAllChecks().run(ARTICLE);
            Map<String, String> reports = new LinkedHashMap<>();
            for (Reporter reporter : List.of(new JsonReporter(), new MarkdownSummaryReporter(), new MarkdownReporter(),
                    new HtmlReporter(),
                    new ClaimReviewReporter().withDatePublished(REVIEW_DATE), new JunitXmlReporter(),
                    new ConsoleReporter())) {
                reports.put(reporter.fileName(), reporter.render(result));
            }
            return reports;
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    /** For each report that differs, its name and the text around the first difference, expected then actual. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        expected.forEach((file, want) -> {
            String got = actual.get(file);
            int at = 0;
            while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
                at++;
            }
            if (at < Math.max(want.length(), got.length())) {
                int from = Math.max(0, at - CONTEXT_CHARS);
                differences.add(file + " at char " + at + ": expected …"
                        + want.substring(from, Math.min(want.length(), at + CONTEXT_CHARS)) + "… got …"
                        + got.substring(from, Math.min(got.length(), at + CONTEXT_CHARS)) + "…");
            }
        });
        return differences;
    }

    @BeforeAll
    static void render_under_the_root_locale_in_utc() {
        rootInUtc = reports(Locale.ROOT, "UTC");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"de-DE, Pacific/Kiritimati", "tr-TR, UTC", "ar-SA, Pacific/Kiritimati", "hi-IN-u-nu-deva, UTC"})
    void should_render_the_same_bytes_under_any_default_locale_and_time_zone(String languageTag, String zone) {
        // when
        Map<String, String> reports = reports(Locale.forLanguageTag(languageTag), zone);
        // then
        assertThat(differences(rootInUtc, reports)).isEmpty();
        assertThat(reports).isEqualTo(rootInUtc);
    }

    @Test
    void should_cover_all_six_reports_and_the_charts() {
        assertThat(rootInUtc).containsKeys("report.json", "report.md", "report-full.md", "report.html",
                "claimreview.jsonld", "TEST-claims.xml");
        assertThat(rootInUtc.get("report.json")).contains("\"value\" : 0.84,");
        assertThat(rootInUtc.get("report.html")).contains("<svg");
        assertThat(rootInUtc.get("claimreview.jsonld")).contains("\"datePublished\" : \"2025-01-15\"");
    }

    @Test
    void should_render_the_same_report_on_one_thread_as_on_four() {
        String one = new JsonReporter().render(Audit.withAllChecks().withThreads(1).run(ARTICLE));
        String four = new JsonReporter().render(Audit.withAllChecks().withThreads(4).run(ARTICLE));
        assertThat(four).isEqualTo(one);
    }
}
