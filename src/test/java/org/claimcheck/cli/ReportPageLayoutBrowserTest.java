package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.claimcheck.TestTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lays the seed article's report.html out in headless Chromium on a 390 px phone and a 1280 px desktop: no element may
 * pass the viewport's right edge, with every {@code <details>} (the working, the plot data) open, and no text of a
 * chart may leave its drawing or overlap another text. A test copy of the page measures itself with
 * {@code browser/layout-probe.js} and posts the result to the page around it, which {@code --dump-dom} prints; the
 * measurements are kept as {@code target/report-layout-WIDTH.json}, and a screenshot of the page itself as
 * {@code target/report-screenshot-WIDTH.png}. Headless Chromium makes no window narrower than 500 px, so each width is
 * an iframe's, in a window at least that wide, with scrollbars hidden as a phone's are.
 */
class ReportPageLayoutBrowserTest {

    private static final Path BUILD = Path.of(System.getProperty("claimcheck.build.dir", "target"));
    private static final int NARROWEST_WINDOW = 500;
    private static final int PROBE_HEIGHT = 900;
    private static final int A4_PRINTED_WIDTH = 716;
    private static final int SCREENSHOT_HEIGHT = 4000;
    private static final Pattern LAYOUT = Pattern.compile("<pre id=\"layout\">(.*?)</pre>", Pattern.DOTALL);

    @TempDir
    Path profiles;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void should_keep_every_element_within_the_viewport_and_every_chart_text_clear(int width) throws Exception {
        // given the real audit of the seed article, and a copy of its page that measures itself
        Chromium chromium = Chromium.require(profiles);
        Path out = audit("browser-layout-" + width);
        // when
        JsonNode layout = measure(chromium, out, Files.readString(out.resolve("report.html")), width);
        Files.writeString(BUILD.resolve("report-layout-" + width + ".json"), layout.toPrettyString());
        // then
        assertFits(layout, width);
        screenshot(chromium, out, width);
    }

    @Test
    void should_fit_an_a4_page_with_the_print_rules() throws Exception {
        // given the page with its print rules applied on screen, at the width an A4 page prints: 210 mm less
        // Chromium's default margins of 0.4 in each side, at 96 px per inch, is 793.7 − 76.8 = 716 px
        Chromium chromium = Chromium.require(profiles);
        Path out = audit("browser-layout-print");
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page).contains("@media print {");
        // when
        JsonNode layout = measure(chromium, out, page.replace("@media print {", "@media all {"), A4_PRINTED_WIDTH);
        // then: nothing leaves the page, and no chart text overlaps another
        assertFits(layout, A4_PRINTED_WIDTH);
    }

    /** Audits the seed article into a fresh folder under the build folder. */
    private static Path audit(String folder) throws IOException {
        Path out = BUILD.resolve(folder);
        // the probe's files make the folder no longer a report folder alone, so a rerun starts from an empty one
        TestTrees.delete(out);
        int exit = Main.execute(new String[] {"audit", AuditCommand.DEFAULT_ARTICLE, "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(exit).as("audit exit status").isIn(ExitCodes.OK, ExitCodes.FLAGGED);
        return out;
    }

    /** The layout probe's findings for {@code html} shown in a frame {@code width} px wide. */
    private JsonNode measure(Chromium chromium, Path out, String html, int width) throws Exception {
        Files.writeString(out.resolve("layout-probe.html"), html
                .replace("</body>", "<script src=\"layout-probe.js\"></script></body>"));
        try (InputStream probe = getClass().getResourceAsStream("/browser/layout-probe.js")) {
            Files.copy(probe, out.resolve("layout-probe.js"), StandardCopyOption.REPLACE_EXISTING);
        }
        String dom = chromium.browse(frame(out, "layout-probe.html", width, PROBE_HEIGHT), "--dump-dom",
                "--hide-scrollbars", "--virtual-time-budget=30000", window(width, PROBE_HEIGHT));
        return layout(dom);
    }

    private static void assertFits(JsonNode layout, int width) {
        assertThat(layout.get("viewport").asInt()).as("the frame's viewport").isEqualTo(width);
        assertThat(layout.get("overflowing")).as("elements past the right edge of a %d px viewport, widest first",
                width).isEmpty();
        assertThat(layout.get("scrollWidth").asInt()).as("the page's scroll width").isLessThanOrEqualTo(width);
        assertThat(layout.get("charts").asInt()).as("charts measured").isGreaterThan(10);
        assertThat(layout.get("texts")).as("chart texts that leave the drawing or overlap another").isEmpty();
    }

    /** A page holding {@code page} in a frame {@code width} × {@code height}, and the frame's posted message. */
    private static Path frame(Path folder, String page, int width, int height) throws IOException {
        Path frame = folder.resolve("frame-" + page);
        Files.writeString(frame, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html, body { margin: 0; }"
                + " iframe { border: 0; display: block; }</style></head><body><iframe src=\"" + page + "\" style=\""
                + "width: " + width + "px; height: " + height + "px\"></iframe><pre id=\"layout\"></pre><script>"
                + "addEventListener('message', function (m) { document.getElementById('layout').textContent = m.data; "
                + "});</script></body></html>");
        return frame;
    }

    private static String window(int width, int height) {
        return "--window-size=" + Math.max(width, NARROWEST_WINDOW) + "," + height;
    }

    /** The probe's JSON from the dumped DOM, where it stands as HTML-escaped text. */
    private static JsonNode layout(String dom) throws IOException {
        Matcher matcher = LAYOUT.matcher(dom);
        assertThat(matcher.find()).as("the probe's result in the DOM:%n%s", dom.substring(Math.max(0,
                dom.length() - 2000))).isTrue();
        String json = matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertThat(json).as("the probe posted its result").isNotBlank();
        return new ObjectMapper().readTree(json);
    }

    /** The page as a reader sees it at {@code width}, its first {@link #SCREENSHOT_HEIGHT} px. */
    private static void screenshot(Chromium chromium, Path out, int width) throws Exception {
        Path window = out.resolve("screenshot-window.png").toAbsolutePath();
        chromium.browse(frame(out, "report.html", width, SCREENSHOT_HEIGHT), "--screenshot=" + window,
                "--hide-scrollbars", "--virtual-time-budget=10000", window(width, SCREENSHOT_HEIGHT));
        BufferedImage image = ImageIO.read(window.toFile());
        Path screenshot = BUILD.resolve("report-screenshot-" + width + ".png");
        ImageIO.write(image.getSubimage(0, 0, width, SCREENSHOT_HEIGHT), "png", screenshot.toFile());
        assertThat(ImageIO.read(screenshot.toFile()).getWidth()).isEqualTo(width);
    }
}
