package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;

/**
 * The figures a sentence writes, each parsed with its unit as a claim file would write it: {@code 62%},
 * {@code $100M}, {@code 671B-parameter} as {@code 671B parameters}, {@code 128-channel} as {@code 128 channels}, a
 * bare number as a count. What {@link CheckabilityRules} does not count as a quantity is left out here too: ordinals
 * ({@code #1}, {@code 20th}) and digits inside a name ({@code FP8}, {@code H800}, {@code GPT-4}).
 */
public final class FigureFinder {

    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}#.,_/])(?<![\\p{L}\\p{N}][-‐])"
            + "(?<number>[+−-]?\\$?\\d+(?:[.,]\\d+)*(?:[KMBGT](?![\\p{L}\\p{N}]))?)(?!\\p{N})(?!(?:st|nd|rd|th)\\b)"
            + "(?<suffix>\\s?%|\\s?[x×](?![\\p{L}\\p{N}]))?(?:[ -](?<word>\\p{L}[\\p{L}/]*(?:-\\p{L}+)?))?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private FigureFinder() {
    }

    /** The figures of {@code sentence} in order, each once; empty when it writes none. */
    public static List<StatedFigure> of(String sentence) {
        Set<String> texts = new LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(sentence);
        while (matcher.find()) {
            figureText(matcher).ifPresent(texts::add);
        }
        List<StatedFigure> figures = new ArrayList<>();
        for (String text : texts) {
            FigureParser.parse(text).ifPresent(figures::add);
        }
        return List.copyOf(figures);
    }

    /** The figure as a claim file writes it: the number, and the unit the next word names (plural), if any. */
    private static Optional<String> figureText(Matcher matcher) {
        String number = matcher.group("number").replace('−', '-');
        if (matcher.group("suffix") != null) {
            String suffix = matcher.group("suffix").strip();
            return Optional.of(number + (suffix.equals("×") ? "x" : suffix));
        }
        if (number.contains("$")) {
            return Optional.of(number);
        }
        String word = matcher.group("word");
        Optional<Unit> unit = word == null ? Optional.empty() : Unit.bySpelling(word).filter(u -> word.length() >= 2);
        return Optional.of(unit.map(u -> number + " " + u.symbol()).orElse(number));
    }
}
