package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.claimcheck.audit.Audit;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class JunitXmlReporterTest {

    /** From apache/maven-surefire; the file's first comment gives the path and commit. */
    private static final Path SCHEMA = Path.of("src/test/resources/surefire/surefire-test-report.xsd");
    private static final Claim METAPHOR = new Claim("speed-reading", "reads faster", "", new Assertion.NothingTestable(
            "a metaphor"), List.of(), List.of(), "", List.of(), new SourceLocation("claims/x/claims/y.yaml", 7, 5));

    /** The plain fixture's flagged claim, a claim with nothing testable, and two problems, one with controls. */
    private static AuditResult mixed() {
        AuditResult plain = ReportFixture.plain();
        return AuditResult.of(plain.article(), List.of(plain.claims().get(0), new ClaimResult(METAPHOR,
                Verdict.NOT_CHECKABLE, List.of(), List.of(), "Not checkable: a metaphor", -1)), List.of(
                new Problem(new SourceLocation("claims/x/claims/z.yaml", 4, 1), "", "expected valid YAML, got <eof>"),
                new Problem(new SourceLocation("claims/x/claims/z.yaml", 12, 5), "claims[1].quote",
                        "expected a verbatim quote, got \"" + ReportFixture.CONTROLS + "\"")), List.of(), "0.1.0");
    }

    private static String validated(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        return xml;
    }

    private static Document parsed(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> testcases(Document xml) {
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < xml.getElementsByTagName("testcase").getLength(); i++) {
            cases.add((Element) xml.getElementsByTagName("testcase").item(i));
        }
        return cases;
    }

    private static Element only(Element testcase, String tag) {
        assertThat(testcase.getElementsByTagName(tag).getLength()).as(tag).isEqualTo(1);
        return (Element) testcase.getElementsByTagName(tag).item(0);
    }

    @Test
    void should_write_the_seed_article_as_a_valid_surefire_report_with_one_testcase_per_claim() throws Exception {
        // when
        Document xml = parsed(validated(new JunitXmlReporter().render(Audit.withAllChecks().run(
                Path.of("claims/deepseek-v3-article")))));
        // then: the counts and names of the file the claims engine wrote through the JUnit Platform before
        Element suite = xml.getDocumentElement();
        assertThat(List.of(suite.getAttribute("name"), suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("errors"), suite.getAttribute("skipped"))).containsExactly("claimcheck", "30", "16",
                "0", "1");
        assertThat(testcases(xml)).extracting(c -> c.getAttribute("classname") + "#" + c.getAttribute("name"))
                .hasSize(30).doesNotHaveDuplicates()
                .contains("claims/deepseek-v3-article/claims/moe.yaml#dualpipe-90pct",
                        "claims/deepseek-v3-article/claims/mla.yaml#mla-speed-reading",
                        "claims/deepseek-v3-article/claims/intro.yaml#cost-cut-62pct");
    }

    @Test
    void should_fail_a_flagged_claim_with_its_derivation_and_skip_one_with_nothing_testable() throws Exception {
        // when
        List<Element> cases = testcases(parsed(validated(new JunitXmlReporter().render(mixed()))));
        // then
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("compute-cut", "speed-reading",
                "4:1", "12:5 claims[1].quote");
        Element failure = only(cases.get(0), "failure");
        String derivation = FailureMessage.of(ReportFixture.plain().claims().get(0));
        assertThat(failure.getAttribute("message")).isEqualTo(derivation);
        assertThat(failure.getTextContent()).isEqualTo(derivation);
        assertThat(failure.getAttribute("type")).isEqualTo("DOES NOT FOLLOW");
        assertThat(only(cases.get(1), "skipped").getAttribute("message")).isEqualTo("Not checkable: a metaphor");
        assertThat(cases.get(1).getAttribute("classname")).isEqualTo("claims/x/claims/y.yaml");
    }

    @Test
    void should_report_each_input_problem_as_an_error_of_its_file() throws Exception {
        // when
        Document xml = parsed(validated(new JunitXmlReporter().render(mixed())));
        // then: 2 claims and 2 problems; the problem line is the one the command line prints
        Element suite = xml.getDocumentElement();
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"))).containsExactly("4", "1", "2", "1");
        Element error = only(testcases(xml).get(2), "error");
        assertThat(testcases(xml).get(2).getAttribute("classname")).isEqualTo("claims/x/claims/z.yaml");
        assertThat(error.getAttribute("message"))
                .isEqualTo("claims/x/claims/z.yaml:4:1: expected valid YAML, got <eof>");
        assertThat(error.getAttribute("type")).isEqualTo("INVALID INPUT");
        assertThat(only(testcases(xml).get(3), "error").getAttribute("message")).startsWith(
                "claims/x/claims/z.yaml:12:5: claims[1].quote: expected a verbatim quote, got \"\\u001b[2J\\nclaims");
    }

    @Test
    void should_write_controls_markup_a_cdata_end_and_non_bmp_text_as_a_document_that_parses() throws Exception {
        // given: CONTROLS holds ESC, LF, CR, RLO, U+0001, "]]>", "&", "<", quotes and U+1D53D
        AuditResult result = ReportFixture.withControls();
        // when
        Document xml = parsed(validated(new JunitXmlReporter().render(result)));
        // then: each message reads back as the escaped derivation, its line breaks its own
        Element failure = only(testcases(xml).get(0), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo(FailureMessage.of(result.claims().get(0)))
                .contains("\\u001b[2J\\nclaims/x/claims/x.yaml:1:1: forged\\r\\u202e \\u0001 ]]> & < \" ' \uD835\uDD3D")
                .hasLineCount(6);
        assertThat(failure.getTextContent()).isEqualTo(failure.getAttribute("message"));
    }

    @Test
    void should_write_the_same_bytes_every_time_whatever_the_locale_and_time_zone() {
        // given
        String first = new JunitXmlReporter().render(mixed());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // when
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            String second = new JunitXmlReporter().render(mixed());
            // then
            assertThat(second).isEqualTo(first);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void should_record_nothing_of_the_machine_or_the_moment() {
        String xml = new JunitXmlReporter().render(mixed());
        assertThat(xml).doesNotContain("<properties", "hostname", "timestamp", System.getProperty("user.home"),
                System.getProperty("user.dir"), System.getProperty("java.version"));
        assertThat(xml).containsPattern("<testsuite name=\"claimcheck\" tests=\"4\" failures=\"1\" errors=\"2\" "
                + "skipped=\"1\" time=\"0\">");
    }
}
