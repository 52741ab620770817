package org.claimcheck.check.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.StatedFigure;

/**
 * Parameter counts that vendors publish for the library's models, with the convention each states, so that the
 * working of a count can say whether the config reproduces the vendor's figure under that convention.
 */
final class PublishedCounts {

    /**
     * One published figure, as written ("37B"), what it is said to cover, where, and a remark of ours on how to
     * read a mismatch (possibly empty).
     */
    record Published(ParamScope scope, String figure, String convention, Source source, String remark) {
        Published(ParamScope scope, String figure, String convention, Source source) {
            this(scope, figure, convention, source, "");
        }
    }

    private static final Source LLAMA_CARD = new Source("L31", "MODEL_CARD.md, model sizes");
    private static final String SIZE_CLASS = "the card names a size class and states no exact count";

    private static final Map<String, List<Published>> BY_MODEL = Map.of(
            "deepseek-v3", List.of(
                    new Published(ParamScope.TOTAL, "671B", "total parameters of the main model",
                            new Source("R", "abstract p.1; §4.2 p.22")),
                    new Published(ParamScope.ACTIVE, "37B", "activated per token", new Source("R", "abstract p.1")),
                    new Published(ParamScope.ACTIVE_WITH_EMBEDDING, "36.7B",
                            "activated, including 0.9B embedding and 0.9B output head",
                            new Source("RM", "README_WEIGHTS.md, Main Model Weights")),
                    new Published(ParamScope.MTP, "11.5B",
                            "unique MTP parameters, excluding the shared embedding and output head",
                            new Source("RM", "README_WEIGHTS.md, MTP Modules"),
                            "our reading: without eh_proj (2 × hidden_size × hidden_size) the count is 11.51B, so "
                                    + "the published figure appears to leave eh_proj out")),
            "deepseek-v2", List.of(
                    new Published(ParamScope.TOTAL, "236B", "total parameters", new Source("V2", "abstract p.1")),
                    new Published(ParamScope.ACTIVE, "21B", "activated for each token",
                            new Source("V2", "abstract p.1"))),
            "llama-3.1-8b", List.of(new Published(ParamScope.TOTAL, "8B", "model size", LLAMA_CARD)),
            "llama-3.1-70b", List.of(new Published(ParamScope.TOTAL, "70B", "model size", LLAMA_CARD, SIZE_CLASS)),
            "llama-3.1-405b", List.of(new Published(ParamScope.TOTAL, "405B", "model size", LLAMA_CARD,
                    SIZE_CLASS)));

    private PublishedCounts() {
    }

    /**
     * One line per published figure of this scope for the named model: whether {@code measured} lies within the
     * figure's written precision (half a step of its last digit), i.e. whether the config reproduces it.
     */
    static List<String> notes(String modelName, ParamScope scope, long measured) {
        return BY_MODEL.getOrDefault(modelName, List.of()).stream()
                .filter(published -> published.scope() == scope)
                .map(published -> note(published, measured))
                .toList();
    }

    private static String note(Published published, long measured) {
        StatedFigure figure = FigureParser.parse(published.figure() + " parameters").orElseThrow();
        double difference = measured - figure.quantity().inBase();
        boolean reproduced = Math.abs(difference) <= figure.halfStepInBase();
        return String.format(Locale.ROOT, "published: %s, %s (%s) — %s: %s %s %s ± %s", published.figure(),
                published.convention(), published.source().cite(),
                reproduced ? "reproduced" : "NOT reproduced at the precision written, under the convention stated",
                ExactCount.billions(measured), reproduced ? "lies within" : "lies outside", published.figure(),
                stepText(figure.halfStepInBase())) + (reproduced || published.remark().isEmpty() ? ""
                : "; " + published.remark());
    }

    private static String stepText(double halfStep) {
        return String.format(Locale.ROOT, "%sB", new java.math.BigDecimal(halfStep / 1e9).round(
                new java.math.MathContext(3)).stripTrailingZeros().toPlainString());
    }
}
