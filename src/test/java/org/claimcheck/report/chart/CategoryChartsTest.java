package org.claimcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CategoryChartsTest {

    /** The longest category labels of the seed article's charts (R Tables 3 and 6, the cost and FP8 charts). */
    private static final List<String> LONG_LABELS = List.of("MMMLU-non-English (EM) 5-shot",
            "LiveCodeBench-Base (Pass@1) 3-shot", "llama-3.1-405b at V3's $/GPU-hour",
            "E4M3 + block-128x128 FP32 scales", "NaturalQuestions (EM) 5-shot", "ARC-Challenge (EM) 25-shot",
            "HW FLOPs/token / BF16 peak", "gpt-4 reported (lower bound)");
    private static final String BLUE = "fill:rgb(0,114,178)";

    private record Text(String text, double x, double y, double fontUnits) {
    }

    private static List<Element> elements(String svg, String tag) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                .getElementsByTagNameNS("*", tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static List<Text> texts(String svg) throws Exception {
        List<Text> texts = new ArrayList<>();
        for (Element text : elements(svg, "text")) {
            String size = text.getAttribute("style").replaceAll(".*font-size: ([0-9.]+)px.*", "$1");
            texts.add(new Text(text.getTextContent(), Double.parseDouble(text.getAttribute("x")),
                    Double.parseDouble(text.getAttribute("y")), Double.parseDouble(size)));
        }
        return texts;
    }

    private static Plot bars(String yLabel, List<String> labels, List<Double> values) {
        List<Double> x = IntStream.range(0, labels.size()).mapToObj(i -> (double) i).toList();
        return new Plot("b", "bars", "benchmark", yLabel, false, List.of(new Plot.Series("gap", x, values, labels)),
                List.of());
    }

    @Test
    void should_never_overlap_category_labels_however_many_and_long() throws Exception {
        // given 32 categories, four times each of the seed's longest labels, and one longer than three lines hold
        List<String> labels = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> LONG_LABELS.forEach(label -> labels.add(label + " #" + i)));
        labels.set(31, "A benchmark whose name is far longer than any three lines of the label column could hold");
        Plot plot = bars("gap (points)", labels, labels.stream().map(label -> (double) label.length()).toList());
        // when
        String svg = PlotSvg.render(plot, "long");
        // then every line of every label (12-unit text left of the bars) stands a line's height below the one above,
        // and inside the drawing, which grew to hold them
        List<Text> lines = texts(svg).stream().filter(text -> text.fontUnits() == 12 && text.x() < 170)
                .filter(text -> !text.text().matches("-?[0-9.]+")).sorted(Comparator.comparingDouble(Text::y)).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(64);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).y() - lines.get(i - 1).y()).as("%s under %s", lines.get(i).text(),
                    lines.get(i - 1).text()).isGreaterThanOrEqualTo(12);
        }
        assertThat(lines.get(lines.size() - 1).y()).isLessThan(PlotSvg.height(plot));
        assertThat(PlotSvg.height(plot)).isGreaterThan(32 * 30);
    }

    @Test
    void should_write_each_value_at_its_bar_in_the_axis_unit() throws Exception {
        // given shares in percent, as the flushed-share plot of the seed's e4m3-outliers claim has them
        Plot plot = bars("flushed share (%)", List.of("none", "per-tensor", "tile-1x128"), List.of(0.0858, 4.43, 0.0));
        // then three significant digits and the percent sign; a zero is written, though it has no bar
        assertThat(texts(PlotSvg.render(plot, "v"))).extracting(Text::text).contains("0.0858%", "4.43%", "0%");
    }

    @Test
    void should_draw_a_tiny_bar_long_enough_to_see_and_no_bar_for_zero() throws Exception {
        // given 0.01 beside 100: in proportion 0.02 units of the about 200-unit value axis
        Plot plot = bars("gap (points)", List.of("a long label to lay the bars sideways", "tiny", "zero"),
                List.of(100.0, 0.01, 0.0));
        // when
        List<Double> widths = elements(PlotSvg.render(plot, "t"), "rect").stream()
                .filter(rect -> rect.getAttribute("style").startsWith(BLUE))
                .map(rect -> Double.parseDouble(rect.getAttribute("width"))).toList();
        // then the tiny bar is drawn 2.5 units long, and the zero is not a bar
        assertThat(widths).hasSize(2);
        assertThat(widths.get(1)).isEqualTo(2.5);
    }
}
