package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class XmlTextTest {

    private static String readBack(String attribute, String content) throws Exception {
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(
                "<r a=\"" + attribute + "\">" + content + "</r>"))).getDocumentElement();
        return root.getAttribute("a") + "|" + root.getTextContent();
    }

    @Test
    void should_escape_markup_in_attributes_and_content() {
        assertThat(XmlText.attribute("a & b < c > d \"e\" 'f'")).isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
        assertThat(XmlText.content("]]> & <x> \"q\"")).isEqualTo("]]&gt; &amp; &lt;x&gt; \"q\"");
    }

    @Test
    void should_keep_tab_line_feed_and_carriage_return_through_a_parser() throws Exception {
        String text = "a\tb\nc\r\nd";
        assertThat(XmlText.attribute(text)).isEqualTo("a&#9;b&#10;c&#13;&#10;d");
        assertThat(readBack(XmlText.attribute(text), XmlText.content(text))).isEqualTo(text + "|" + text);
    }

    @Test
    void should_show_characters_xml_forbids_as_visible_escapes_and_keep_surrogate_pairs() throws Exception {
        // U+0001, ESC, a lone high and a lone low surrogate, U+FFFE and U+FFFF are not XML 1.0 Chars; U+1D53D is one
        String text = "\u0001\u001b[\uD835x\uDD3D\uFFFE\uFFFF \uD835\uDD3D";
        String expected = "\\u0001\\u001b[\\ud835x\\udd3d\\ufffe\\uffff \uD835\uDD3D";
        assertThat(XmlText.content(text)).isEqualTo(expected);
        assertThat(readBack(XmlText.attribute(text), XmlText.content(text))).isEqualTo(expected + "|" + expected);
    }
}
