package org.claimcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Problem;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * {@code report.html}: one self-contained page rendered by a Mustache template, which escapes every value; no HTML is
 * assembled from strings here.
 */
public final class HtmlReporter implements Reporter {

    private static final String TEMPLATE = "org/claimcheck/report/report.html.mustache";
    private final Mustache mustache = new DefaultMustacheFactory().compile(TEMPLATE);

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(AuditResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", result.article().title());
        view.put("path", result.article().path());
        view.put("architecture", result.article().architecture());
        view.put("version", result.version());
        view.put("summary", ConsoleReporter.summary(result));
        List<Map<String, Object>> counts = new ArrayList<>();
        result.counts().forEach((verdict, count) -> counts.add(Map.of("label", verdict.label(), "count", count,
                "css", css(verdict.name()))));
        view.put("counts", counts);
        view.put("segments", ArticleSegments.of(result.article().text(), result.claims()).stream()
                .map(HtmlReporter::segment).toList());
        view.put("claims", result.claims().stream().map(HtmlReporter::claim).toList());
        view.put("problems", result.problems().stream().map(Problem::render).toList());
        view.put("hasProblems", !result.problems().isEmpty());
        view.put("inputs", result.inputs());
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    private static Map<String, Object> segment(ArticleSegments.Segment segment) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("text", segment.text());
        if (segment.claim() != null) {
            view.put("claim", Map.of("id", segment.claim().claim().id(), "label", segment.claim().verdict().label(),
                    "css", css(segment.claim().verdict().name())));
        }
        return view;
    }

    private static Map<String, Object> claim(ClaimResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", result.claim().id());
        view.put("quote", result.claim().quote());
        view.put("section", result.claim().section());
        view.put("location", result.claim().location().toString());
        view.put("label", result.verdict().label());
        view.put("css", css(result.verdict().name()));
        view.put("claimed", Headline.claimed(result));
        view.put("explanation", result.explanation());
        view.put("note", result.claim().note());
        view.put("derivations", result.derivations().stream().map(d -> derivation(d, result)).toList());
        view.put("hasDerivations", !result.derivations().isEmpty());
        return view;
    }

    private static Map<String, Object> derivation(Derivation derivation, ClaimResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", derivation.interpretation().id());
        view.put("reading", derivation.interpretation().reading());
        view.put("stated", derivation.interpretation().stated() ? "stated" : "not stated");
        view.put("value", Headline.value(derivation, Headline.unitOf(result)));
        view.put("matches", derivation.computed() ? (derivation.matches() ? "yes" : "no") : "—");
        view.put("comparison", derivation.comparison().map(c -> c.detail()).orElse(
                derivation.outcome() instanceof Derivation.Unstated u ? u.reason() : ""));
        view.put("solution", derivation.solution());
        view.put("steps", derivation.steps());
        view.put("inputs", derivation.inputs().stream().map(input -> Map.of("name", input.name(),
                "value", Numbers.format(input.value()) + " " + input.unit().symbol(),
                "source", input.source().cite())).toList());
        return view;
    }

    private static String css(String verdictName) {
        return verdictName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
