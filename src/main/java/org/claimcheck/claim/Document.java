package org.claimcheck.claim;

import java.util.Objects;

/**
 * A document that sources cite, as {@code sources.yaml} lists it: what a bibliography entry shows, and how the
 * library came by its copy. Optional fields are empty strings when the library does not know them.
 *
 * @param key      the key sources cite it by ({@code R})
 * @param title    its title
 * @param authors  its authors or the organisation that publishes it; possibly empty
 * @param date     when it was published, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; possibly empty
 * @param url      where a reader finds it, an http(s) address; possibly empty
 * @param note     what a reader should know about it (an arXiv number, "secondary"); possibly empty
 * @param origin   how the library came by its copy (commit, mirror, transcription)
 * @param file     the library file that is this document, relative to the repository root, so that sources citing
 *                 the file by path belong to it; possibly empty
 * @param internal whether it is an input of the audit itself (a convention of the tool, the article, a claim
 *                 file) rather than a publication: cited in the working, never listed in a bibliography
 */
public record Document(String key, String title, String authors, String date, String url, String note,
                       String origin, String file, boolean internal) {

    public Document {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(file, "file");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a document needs a key");
        }
    }
}
