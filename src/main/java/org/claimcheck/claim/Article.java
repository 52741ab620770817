package org.claimcheck.claim;

import java.util.List;
import java.util.Objects;

/**
 * The text under test.
 *
 * @param title        its title
 * @param path         path of article.txt relative to the repository root
 * @param text         the whole text as read (UTF-8)
 * @param url          where it was published, possibly empty
 * @param architectures the stated architectures it is checked against, each a model or fact namespace of the library
 *                     ({@code deepseek-v3}); an article about two models names both
 * @param waivers      sentences out of scope for checking, each with a reason
 * @param artefacts    text of the copy that the published article does not hold (characters lost when it was
 *                     saved), each with a reason: kept for quoting, left out where the article is shown
 */
public record Article(String title, String path, String text, String url, List<String> architectures,
                      List<Waiver> waivers, List<Artefact> artefacts) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        architectures = List.copyOf(architectures);
        waivers = List.copyOf(waivers);
        artefacts = List.copyOf(artefacts);
    }

    /** An article about one architecture. */
    public Article(String title, String path, String text, String url, String architecture, List<Waiver> waivers,
                   List<Artefact> artefacts) {
        this(title, path, text, url, architecture.isEmpty() ? List.of() : List.of(architecture), waivers, artefacts);
    }

    /** An article about one architecture, whose copy holds no artefact. */
    public Article(String title, String path, String text, String url, String architecture, List<Waiver> waivers) {
        this(title, path, text, url, architecture, waivers, List.of());
    }

    /** The stated architectures as reports name them: {@code deepseek-v2, mixtral-8x7b}; empty when none. */
    public String architecture() {
        return String.join(", ", architectures);
    }

    /**
     * A sentence of the article that holds no claim to check.
     *
     * @param quote  a verbatim part of the sentence
     * @param reason why it is out of scope
     */
    public record Waiver(String quote, String reason) {
        public Waiver {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Text of the copy that is not the article's, such as the question marks an encoder wrote for characters it
     * could not write when the copy was saved.
     *
     * @param quote  the text, verbatim; its first occurrence is meant
     * @param reason what it is and how it came about
     */
    public record Artefact(String quote, String reason) {
        public Artefact {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
