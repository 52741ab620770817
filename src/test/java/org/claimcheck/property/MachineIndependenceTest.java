package org.claimcheck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.claimcheck.audit.Audit;
import org.claimcheck.report.ConsoleReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.MarkdownReporter;
import org.junit.jupiter.api.Test;

/**
 * Reports do not depend on the machine: the default locale (German decimal commas, Turkish dotless i) and the number of
 * threads the claims are derived on change nothing.
 */
class MachineIndependenceTest {

    private static final Path ARTICLE = Path.of("claims/deepseek-v3-article");

    private static String reports() {
        var result = Audit.withAllChecks().run(ARTICLE);
        return new JsonReporter().render(result) + new MarkdownReporter().render(result)
                + new ConsoleReporter().render(result);
    }

    @Test
    void should_render_the_same_reports_under_any_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String root = reports();
            Locale.setDefault(Locale.GERMANY);
            String german = reports();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = reports();
            assertThat(german).isEqualTo(root);
            assertThat(turkish).isEqualTo(root);
            assertThat(root).contains("\"value\" : 0.84,");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void should_render_the_same_report_on_one_thread_as_on_four() {
        String one = new JsonReporter().render(Audit.withAllChecks().withThreads(1).run(ARTICLE));
        String four = new JsonReporter().render(Audit.withAllChecks().withThreads(4).run(ARTICLE));
        assertThat(four).isEqualTo(one);
    }
}
