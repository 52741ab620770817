package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcheck.claim.Document;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;

/**
 * The page's bibliography: every document a claim cites (see {@link Citations}), by key in alphabetical order, with
 * its title, authors, date, link and note from {@code sources.yaml} and the claims citing it. As in a paper's list
 * of references, the places cited are the citations' (on the cards), not the entry's.
 */
final class Bibliography {

    /**
     * One entry.
     *
     * @param key     the key cards cite it by
     * @param anchor  the entry's id
     * @param title   its title; the key when the library does not list the document
     * @param authors its authors or organisation, possibly empty
     * @param date    when it was published, possibly empty
     * @param url     its web address, empty when it has none (or one that is not http(s))
     * @param note    what a reader should know about it, possibly empty
         * @param claims  the ids of the claims that cite it, in article order
     */
    record Entry(String key, String anchor, String title, String authors, String date, String url, String note,
                 List<String> claims) {
        Entry {
            claims = List.copyOf(claims);
        }

        /** The authors as a bibliography's first sentence: "Micikevicius et al." stays, "DeepSeek-AI" gets a stop. */
        String byline() {
            return authors.isEmpty() || authors.endsWith(".") ? authors : authors + ".";
        }
    }

    private static final String UNLISTED = "not listed in the library's sources.yaml";

    private Bibliography() {
    }

    static List<Entry> of(AuditResult result) {
        Map<String, Set<String>> claims = new LinkedHashMap<>();
        for (ClaimResult claim : result.claims()) {
            for (Citations.Cited cited : Citations.of(ClaimCard.sourcesOf(claim), result.documents())) {
                claims.computeIfAbsent(cited.key(), key -> new LinkedHashSet<>()).add(claim.claim().id());
            }
        }
        List<Entry> entries = new ArrayList<>();
        claims.forEach((key, citing) -> {
            Document document = result.documents().get(key);
            entries.add(document == null
                    ? new Entry(key, Citations.anchor(key), key, "", "", "", UNLISTED, new ArrayList<>(citing))
                    : new Entry(key, Citations.anchor(key), document.title(), document.authors(), document.date(),
                    PageView.webUrl(document.url()), document.note(), new ArrayList<>(citing)));
        });
        entries.sort(Comparator.comparing((Entry entry) -> entry.key().toLowerCase(Locale.ROOT))
                .thenComparing(Entry::key));
        return entries;
    }
}
