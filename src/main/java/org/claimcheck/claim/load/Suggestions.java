package org.claimcheck.claim.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for unknown names: the nearest known names by edit distance. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final int MAX_LISTED = 12;

    private Suggestions() {
    }

    /**
     * The known names nearest to {@code wanted} by edit distance, alphabetically: only those at the smallest
     * distance, only when that distance is at most a quarter of the wanted name's length (at least 2, and less than
     * the whole name), and at most three.
     */
    public static List<String> nearest(String wanted, Collection<String> known) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.min(Math.max(2, wanted.length() / 4), wanted.length() - 1);
        List<Integer> distances = known.stream()
                .map(name -> DISTANCE.apply(lower, name.toLowerCase(Locale.ROOT))).toList();
        int best = distances.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        if (best > limit) {
            return List.of();
        }
        return known.stream()
                .filter(name -> DISTANCE.apply(lower, name.toLowerCase(Locale.ROOT)) == best)
                .sorted(Comparator.naturalOrder())
                .limit(3)
                .toList();
    }

    /** ", did you mean `x`?" or "" when nothing is near. */
    public static String didYouMean(String wanted, Collection<String> known) {
        List<String> near = nearest(wanted, known);
        return near.isEmpty() ? "" : "; did you mean `" + String.join("` or `", near) + "`?";
    }

    /** "one of a, b, c" (or the first twelve and a count), sorted. */
    public static String oneOf(Collection<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        String listed = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
        return sorted.size() > MAX_LISTED ? "one of " + listed + " … (" + sorted.size() + " in all)" : "one of " + listed;
    }
}
