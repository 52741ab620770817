package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimcheck.claim.Problem;
import org.claimcheck.json.JsonTree;
import org.claimcheck.scan.Coverage;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;

/**
 * {@code report.json}: {@code summary}, {@code article}, {@code claims[]} (see {@link ClaimJson}), {@code problems[]},
 * {@code inputs[]} and {@code version}. Values are in their dimension's base unit: ratios are fractions (0.84).
 */
public final class JsonReporter implements Reporter {


    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public String render(AuditResult result) {
        ObjectNode root = JsonTree.object();
        root.set("summary", summary(result));
        ObjectNode article = root.putObject("article");
        article.put("title", result.article().title());
        article.put("path", result.article().path());
        article.put("url", result.article().url());
        article.put("architecture", result.article().architecture());
        ArrayNode architectures = article.putArray("architectures");
        result.article().architectures().forEach(architectures::add);
        ArrayNode claims = root.putArray("claims");
        for (ClaimResult claim : result.claims()) {
            claims.add(ClaimJson.of(claim));
        }
        root.set("coverage", coverage(result));
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : result.problems()) {
            problems.add(problem(problem));
        }
        ArrayNode inputs = root.putArray("inputs");
        result.inputs().forEach(file -> inputs.addObject().put("path", file.path()).put("sha256", file.sha256()));
        root.put("version", result.version());
        result.library().ifPresent(library -> root.putObject("library").put("name", library.name())
                .put("version", library.version()).put("sha256", library.sha256()));
        return write(root);
    }

    static ObjectNode summary(AuditResult result) {
        ObjectNode summary = JsonTree.object();
        summary.put("claims", result.claims().size());
        result.counts().forEach((verdict, count) -> summary.put(verdict.name(), count));
        ObjectNode ratings = summary.putObject("ratings");
        result.ratings().forEach((rating, count) -> ratings.put(rating.name(), count));
        summary.put("flagged", result.flagged());
        summary.put("problems", result.problems().size());
        return summary;
    }

    /** The article's checkable sentences and what covers each: a claim, a waiver, or nothing. */
    static ObjectNode coverage(AuditResult result) {
        Coverage coverage = result.coverage();
        ObjectNode node = JsonTree.object();
        node.put("summary", coverage.summary());
        node.put("complete", coverage.complete());
        ArrayNode sentences = node.putArray("sentences");
        for (Coverage.Entry entry : coverage.entries()) {
            ObjectNode sentence = sentences.addObject();
            sentence.put("line", entry.sentence().line());
            sentence.put("status", entry.status().name());
            ArrayNode claims = sentence.putArray("claims");
            entry.claimIds().forEach(claims::add);
            ArrayNode waivers = sentence.putArray("waivers");
            entry.waiverReasons().forEach(waivers::add);
            ArrayNode rules = sentence.putArray("rules");
            entry.rules().forEach(rule -> rules.add(rule.name()));
            sentence.put("text", entry.sentence().text());
        }
        return node;
    }

    static ObjectNode problem(Problem problem) {
        ObjectNode node = JsonTree.object();
        node.put("file", problem.location().file());
        node.put("line", problem.location().line());
        node.put("column", problem.location().column());
        node.put("field", problem.field());
        node.put("message", problem.message());
        node.put("text", problem.render());
        return node;
    }

    /**
     * {@link #write(Object)} with {@code <}, {@code >} and {@code &} as \\u escapes: the same JSON once parsed, and
     * no text in it can close the {@code <script>} element a page embeds JSON-LD in.
     */
    static String writeForHtml(Object tree) {
        try {
            return JsonTree.writer().with(printer()).with(new HtmlSafeEscapes()).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Pretty JSON with two-space indents and a final newline, the same on every platform. */
    static String write(Object tree) {
        try {
            return JsonTree.writer().with(printer()).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
