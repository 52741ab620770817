package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Source;

/**
 * Sources as a reader cites them: by the document's key and the place in it ("R", "Table 3, p.25"), without the
 * library's working. A source of an internal document (a convention of the tool, the article, a claim file) is not
 * cited; a source that names a library file by path is cited under the document whose {@code file} it is; the file
 * and JSON pointer a figure was read from ({@code "Table 3, p.25 (claims/library/figures/f.json: t.rows.x.2)"}, as
 * the checks' figure files write them) are left to the working.
 */
final class Citations {

    /** A locator's last parenthesis when it opens with a library file path and a colon: the working's part. */
    private static final Pattern WORKING = Pattern.compile("^(.*?)\\s*\\((?:[^\\s():]+/)+[^\\s():]+: .*\\)$");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9_-]");

    /**
     * One document as a text cites it.
     *
     * @param key    the document's key, or the source's own document when the library does not list it
     * @param places the distinct places cited, in first-cited order, possibly none
     */
    record Cited(String key, List<String> places) {
        Cited {
            places = List.copyOf(places);
        }

        /** The id of its bibliography entry. */
        String anchor() {
            return Citations.anchor(key);
        }
    }

    private Citations() {
    }

    /** The documents {@code sources} cite, in first-cited order, each with its places. */
    static List<Cited> of(List<Source> sources, Map<String, Document> documents) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (Source source : sources) {
            Optional<String> key = key(source, documents);
            if (key.isPresent()) {
                Set<String> places = byKey.computeIfAbsent(key.get(), k -> new LinkedHashSet<>());
                String place = place(source.locator());
                if (!place.isBlank()) {
                    places.add(place);
                }
            }
        }
        List<Cited> cited = new ArrayList<>();
        byKey.forEach((key, places) -> cited.add(new Cited(key, new ArrayList<>(places))));
        return cited;
    }

    /** The key a reader cites the source by; empty for an internal document. */
    static Optional<String> key(Source source, Map<String, Document> documents) {
        Document listed = documents.get(source.document());
        if (listed != null) {
            return listed.internal() ? Optional.empty() : Optional.of(listed.key());
        }
        return Optional.of(documents.values().stream().filter(document -> document.file().equals(source.document()))
                .map(Document::key).findFirst().orElse(source.document()));
    }

    /** A locator without the file and pointer it was read from: "Table 3, p.25". */
    static String place(String locator) {
        Matcher working = WORKING.matcher(locator);
        return working.matches() ? working.group(1) : locator;
    }

    /** The id of the bibliography entry of {@code key}. */
    static String anchor(String key) {
        return "source-" + NOT_IN_ID.matcher(key).replaceAll("-");
    }
}
