package org.claimcheck.claim;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One atomic statement of an article, made precise.
 *
 * @param id              kebab-case, unique within the article
 * @param quote           the verbatim quote; it occurs in the article (whitespace-normalised)
 * @param section         the article section the quote stands in
 * @param assertion       what it asserts: a figure, a mechanism, nothing testable, or several of these as
 *                        {@link Assertion.Parts}
 * @param interpretations the readings it is checked under, in file order; none for a claim with parts, whose parts
 *                        have their own
 * @param sources         sources the claim author consulted beyond those of each input
 * @param note            the author's context for readers, possibly empty; never a verdict
 * @param caveats         sourced statements that qualify the claim, in file order; possibly none
 * @param location        where the claim starts in its file
 */
public record Claim(String id, String quote, String section, Assertion assertion, List<Interpretation> interpretations,
                    List<Source> sources, String note, List<Caveat> caveats, SourceLocation location) {

    /** The form of a claim id. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(location, "location");
        interpretations = List.copyOf(interpretations);
        sources = List.copyOf(sources);
        caveats = List.copyOf(caveats);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("claim id must be kebab-case, got " + id);
        }
        if (assertion instanceof Assertion.Parts && !interpretations.isEmpty()) {
            throw new IllegalArgumentException("a claim with parts has its interpretations in its parts: " + id);
        }
    }

    /** The claim's parts, in file order; none for a claim of one figure or mechanism (today's one-part shape). */
    public List<Claim> parts() {
        return assertion instanceof Assertion.Parts parts ? parts.parts() : List.of();
    }
}
