package org.claimcheck.report;

import java.util.List;

/**
 * A card's citation of one document, as {@code [R Table 1, p.5; §1, p.5]}: the key links to its bibliography entry;
 * beyond {@link #SHOWN_PLACES} places the rest are counted and the entry lists them.
 *
 * @param key    the document's key
 * @param anchor the id of its bibliography entry
 * @param places the places shown, joined
 * @param more   how many more places are cited
 */
record CitationView(String key, String anchor, String places, int more) {

    private static final int SHOWN_PLACES = 3;

    static CitationView of(Citations.Cited cited) {
        List<String> places = cited.places();
        List<String> shown = places.subList(0, Math.min(SHOWN_PLACES, places.size()));
        return new CitationView(cited.key(), cited.anchor(), String.join("; ", shown), places.size() - shown.size());
    }

    boolean hasPlaces() {
        return !places.isEmpty();
    }

    boolean hasMore() {
        return more > 0;
    }
}
