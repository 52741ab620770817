package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the seed article's report.html in headless Chromium, as a reader's browser would: the DOM it builds must hold
 * every claim card, verdict label and plot that report.json lists, and a screenshot is kept in the build folder.
 * Without a Chromium binary the test is skipped, unless the environment variable CI is "true": there it must run
 * ({@link Chromium}).
 */
class ReportPageBrowserTest {

    private static final Path BUILD = Path.of(System.getProperty("claimcheck.build.dir", "target"));

    @TempDir
    Path profiles;

    private static List<String> all(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void should_show_every_claim_card_label_and_plot_in_the_browser_dom() throws Exception {
        // given the real audit of the seed article
        Chromium chromium = Chromium.require(profiles);
        Path out = BUILD.resolve("browser-test");
        int exit = Main.execute(new String[] {"audit", AuditCommand.DEFAULT_ARTICLE, "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(exit).as("audit exit status").isIn(ExitCodes.OK, ExitCodes.FLAGGED);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        Path page = out.resolve("report.html").toAbsolutePath();
        // when
        String dom = chromium.browse(page, "--dump-dom");
        Path screenshot = BUILD.resolve("report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium.browse(page, "--screenshot=" + screenshot, "--window-size=1280,4000");
        // then every claim of report.json has its card with its verdict's label, and every plot its figure and SVG
        List<String> cards = all("<article class=\"card [a-z-]+\" id=\"claim-([a-z0-9-]+)\"", dom);
        Set<String> expectedPlots = new LinkedHashSet<>();
        List<String> expectedCards = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            String id = claim.get("id").asText();
            // a claim that needs context is labelled so at the top of its card; any other, with its verdict
            String shown = claim.get("rating").asText().equals("NEEDS_CONTEXT") ? "rating" : "verdict";
            String label = claim.get(shown).asText().replace('_', ' ');
            String css = claim.get(shown).asText().toLowerCase(Locale.ROOT).replace('_', '-');
            expectedCards.add(id);
            assertThat(dom).contains("<h3 id=\"claim-" + id + "-title\">" + id + "</h3> <span class=\"verdict " + css
                    + "\">" + label + "</span>");
            claim.get("derivations").forEach(d -> d.get("plots").forEach(plot -> expectedPlots.add("plot-" + id
                    + "-" + plot.get("id").asText())));
        }
        assertThat(cards).containsExactlyElementsOf(expectedCards);
        assertThat(all("<figure class=\"plot\" id=\"([^\"]+)\"", dom)).containsExactlyElementsOf(expectedPlots);
        assertThat(all("<figure class=\"plot\" id=\"[^\"]+\"[^>]*>\\s*<figcaption[^>]*>.*?</figcaption>\\s*<(svg)\\b",
                dom)).hasSize(expectedPlots.size());
        assertThat(dom).doesNotContain("<script");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(4000);
    }
}
