package org.claimcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PlotSvgTest {

    private static final Plot LINES = new Plot("kv-cache", "KV cache against context", "context length (tokens)",
            "KV cache (GiB)", true, List.of(Plot.Series.of("MHA", List.of(1024.0, 4096.0, 16384.0),
                    List.of(0.5, 2.0, 8.0)), Plot.Series.of("MLA", List.of(1024.0, 4096.0, 16384.0),
                    List.of(0.07, 0.28, 1.12))), List.of(new Plot.Reference("claimed: 93.3% smaller", 0.6)));
    private static final Plot BARS = new Plot("bytes", "Bytes per element", "format", "bytes per element", false,
            List.of(new Plot.Series("bytes", List.of(0.0, 1.0, 2.0), List.of(4.0, 2.0, 1.0),
                    List.of("FP32", "BF16", "FP8"))), List.of());

    /** A linear x axis from 0 to 1.5, as the skew sweep of the redundant-experts experiment has. */
    private static final Plot LINEAR = new Plot("skew", "Load against skew", "skew", "max/mean load", false,
            List.of(Plot.Series.of("load", List.of(0.0, 0.5, 1.0, 1.5), List.of(1.0, 1.5, 2.5, 4.0))), List.of());

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void should_give_byte_identical_svg_for_two_renders_of_one_plot() {
        assertThat(PlotSvg.render(LINES, "p1")).isEqualTo(PlotSvg.render(LINES, "p1"));
        assertThat(PlotSvg.render(BARS, "p2")).isEqualTo(PlotSvg.render(BARS, "p2"));
    }

    @Test
    void should_draw_the_same_bytes_before_and_after_a_warm_up_on_another_thread() throws Exception {
        // given
        String lines = PlotSvg.render(LINES, "p1");
        String bars = PlotSvg.render(BARS, "p2");
        // when
        Thread warmUp = new Thread(PlotSvg::warmUp);
        warmUp.start();
        warmUp.join();
        // then
        assertThat(PlotSvg.render(LINES, "p1")).isEqualTo(lines);
        assertThat(PlotSvg.render(BARS, "p2")).isEqualTo(bars);
    }

    @Test
    void should_draw_a_well_formed_svg_for_a_phone_column_with_axis_labels_and_no_legend() throws Exception {
        // when
        Document svg = parse(PlotSvg.render(LINES, "card-kv"));
        // then the legend is the page's (ChartLegend), where it wraps; the drawing has the axes' labels
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 400 280");
        assertThat(texts(svg)).contains("context length (tokens)", "KV cache (GiB)")
                .doesNotContain("MHA", "MLA", "claimed: 93.3% smaller");
    }

    @Test
    void should_leave_out_an_axis_label_too_long_for_its_axis() throws Exception {
        // given a label of 80 characters, about 470 units in the 13-unit font: longer than the 400-unit drawing
        String longLabel = "score gap (points; positive = DeepSeek-V3-Base(37B act/671B) better than the other)";
        Plot plot = new Plot("g", "gap", "benchmark", longLabel, false, BARS.series(), List.of());
        // when
        List<String> texts = texts(parse(PlotSvg.render(plot, "g")));
        // then the page's caption, which names the axes, is where it is read
        assertThat(texts).contains("benchmark").doesNotContain(longLabel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "ar-SA"})
    void should_label_the_ticks_of_every_axis_in_the_root_locale(String languageTag) throws Exception {
        // given
        String root = PlotSvg.render(LINEAR, "p");
        Locale saved = Locale.getDefault();
        try {
            // when
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            String other = PlotSvg.render(LINEAR, "p");
            // then: "0.5", never "0,5" nor "٠٫٥", on the linear x axis and the y axis alike
            assertThat(other).isEqualTo(root);
            assertThat(texts(parse(root))).contains("0", "0.5", "1.5", "2.5").noneMatch(label -> label.contains(","));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void should_start_every_id_with_the_prefix() {
        Matcher ids = Pattern.compile("\\bid=['\"]([^'\"]*)['\"]").matcher(PlotSvg.render(LINES, "card-kv"));
        List<String> found = new ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        assertThat(found).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("card-kv-"));
    }

    @Test
    void should_draw_one_bar_per_category_with_its_label() throws Exception {
        Document svg = parse(PlotSvg.render(BARS, "bars"));
        assertThat(texts(svg)).contains("FP32", "BF16", "FP8", "bytes per element", "format");
    }

    @Test
    void should_keep_hostile_labels_as_text() throws Exception {
        // given
        // short enough to fit along the x axis (a longer axis label is left out, see above)
        String hostile = "<img src=x onerror=a()> & \"q\"";
        Plot plot = new Plot("h", hostile, hostile, hostile, false, List.of(Plot.Series.of(hostile,
                List.of(1.0, 2.0), List.of(1.0, 2.0))), List.of(new Plot.Reference(hostile, 1.5)));
        // when
        String svg = PlotSvg.render(plot, "h");
        // then the markup holds no tag from the text, and the parsed text gives it back verbatim
        assertThat(svg).doesNotContain("<img");
        assertThat(texts(parse(svg))).contains(hostile);
    }

    @Test
    void should_refuse_a_prefix_that_is_not_an_id() {
        assertThatThrownBy(() -> PlotSvg.render(BARS, "1 bad\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idPrefix: expected a letter then letters, digits, - or _, got \"1 bad\"\"");
    }
}
