package org.claimcheck.report;

import org.claimcheck.claim.ConsoleText;
import org.claimcheck.claim.Problem;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;

/**
 * {@code TEST-claims.xml}: the audit as JUnit XML in Maven Surefire's format ({@code surefire-test-report.xsd}), so
 * that CI systems show claims as test results. One {@code testsuite} named {@value #SUITE}; one {@code testcase} per
 * claim, named by its id with its claim file as class name (as the {@code claims} engine names them), in file then line
 * order: a flagged claim holds a {@code failure} whose message is its derivation ({@link FailureMessage}), a claim with
 * nothing testable a {@code skipped} with its explanation. A claim with parts is one testcase, as it is one claim of
 * the summary and one test of the {@code claims} engine; its message gives each part's verdict. Each input problem is a
 * testcase of its file with an {@code error}: such input was not judged at all, which is neither a verdict nor a skip,
 * and the command line exits 2 for it.
 *
 * <p>Written from the result alone, so the same result gives the same bytes: every time is 0, and there is no
 * timestamp, host name or property (nothing of the machine or the moment). Text is escaped twice over: for one log line
 * ({@link ConsoleText}), since CI systems print names and messages, and for XML ({@link XmlText}).
 */
public final class JunitXmlReporter implements Reporter {

    /** The file name: the engine's id after Surefire's {@code TEST-} prefix. */
    public static final String FILE_NAME = "TEST-claims.xml";
    static final String SUITE = "claimcheck";
    private static final String INVALID_INPUT = "INVALID INPUT";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String render(AuditResult result) {
        long skipped = result.claims().stream().filter(claim -> claim.verdict().skipped()).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"").append(SUITE)
                .append("\" tests=\"").append(result.claims().size() + result.problems().size())
                .append("\" failures=\"").append(result.flagged())
                .append("\" errors=\"").append(result.problems().size())
                .append("\" skipped=\"").append(skipped)
                .append("\" time=\"0\">\n");
        result.claims().forEach(claim -> testcase(out, claim));
        result.problems().forEach(problem -> testcase(out, problem));
        return out.append("</testsuite>\n").toString();
    }

    private static void testcase(StringBuilder out, ClaimResult claim) {
        open(out, claim.claim().id(), claim.claim().location().file());
        if (claim.verdict().flagged()) {
            outcome(out, "failure", FailureMessage.of(claim), claim.verdict().label());
        } else if (claim.verdict().skipped()) {
            out.append("<skipped message=\"").append(XmlText.attribute(ConsoleText.escape(claim.explanation())))
                    .append("\"/>\n");
        }
        out.append("</testcase>\n");
    }

    /** A problem as a testcase of its file, named by its place and field ("12:5 claims[0].quote"). */
    private static void testcase(StringBuilder out, Problem problem) {
        String place = problem.location().line() + ":" + problem.location().column();
        open(out, problem.field().isEmpty() ? place : place + " " + problem.field(), problem.location().file());
        outcome(out, "error", problem.render(), INVALID_INPUT);
        out.append("</testcase>\n");
    }

    private static void open(StringBuilder out, String name, String className) {
        out.append("<testcase name=\"").append(XmlText.attribute(ConsoleText.escape(name)))
                .append("\" classname=\"").append(XmlText.attribute(ConsoleText.escape(className)))
                .append("\" time=\"0\">\n");
    }

    /** A failure or an error: the message as attribute and, as Surefire puts its stack trace, as content. */
    private static void outcome(StringBuilder out, String element, String message, String type) {
        out.append('<').append(element).append(" message=\"").append(XmlText.attribute(message))
                .append("\" type=\"").append(type).append("\">").append(XmlText.content(message))
                .append("</").append(element).append(">\n");
    }
}
