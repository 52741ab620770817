package org.claimcheck.verdict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Problem;
import org.claimcheck.scan.Coverage;

/**
 * Everything an audit found, computed once so that reporters only render: the article and its text indexed for
 * quotes, each claim's result (with the derivation that decides it), the coverage of the article's checkable
 * sentences, the input problems, and the files it read.
 *
 * @param article   the article
 * @param text      the article's text, indexed for finding quotes
 * @param claims    the results, in the order their quotes stand in the article
 * @param coverage  the checkable sentences of the article and the judged claims and waivers that cover them
 * @param problems  input that could not be used, sorted by position
 * @param inputs    the files read (article, claims, library) with their SHA-256, sorted by path
 * @param version   the tool's version
 * @param documents the library's documents by key, which the claims' sources cite (for a bibliography)
 * @param library   which library the audit used and its version; empty when not known (results built in tests)
 */
public record AuditResult(Article article, ArticleText text, List<ClaimResult> claims, Coverage coverage,
                          List<Problem> problems, List<InputFile> inputs, String version,
                          Map<String, Document> documents, java.util.Optional<LibraryUsed> library) {

    public AuditResult {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(version, "version");
        if (!text.text().equals(article.text())) {
            throw new IllegalArgumentException("the indexed text must be the article's");
        }
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        inputs = List.copyOf(inputs);
        documents = Map.copyOf(documents);
        Objects.requireNonNull(library, "library");
    }

    /** The result of an audit whose article text is indexed here and its coverage computed from the claims. */
    public static AuditResult of(Article article, List<ClaimResult> claims, List<Problem> problems,
                                 List<InputFile> inputs, String version) {
        ArticleText text = ArticleText.of(article.text());
        return of(article, text, claims, problems, inputs, version);
    }

    /** The same, with the article's text already indexed. */
    public static AuditResult of(Article article, ArticleText text, List<ClaimResult> claims, List<Problem> problems,
                                 List<InputFile> inputs, String version) {
        return of(article, text, claims, Coverage.of(text, claims.stream().map(ClaimResult::claim).toList(),
                article.waivers()), problems, inputs, version);
    }

    /** The same, with its coverage computed by the caller (one that also counts the article's drafts). */
    public static AuditResult of(Article article, ArticleText text, List<ClaimResult> claims, Coverage coverage,
                                 List<Problem> problems, List<InputFile> inputs, String version) {
        return new AuditResult(article, text, claims, coverage, problems, inputs, version, Map.of(),
                java.util.Optional.empty());
    }

    /** The same result with the library's documents, which its sources cite. */
    public AuditResult withDocuments(Map<String, Document> documents) {
        return new AuditResult(article, text, claims, coverage, problems, inputs, version, documents, library);
    }


    /** The same result, naming the library it used. */
    public AuditResult withLibrary(LibraryUsed used) {
        return new AuditResult(article, text, claims, coverage, problems, inputs, version, documents,
                java.util.Optional.of(used));
    }

    /** Count of claims per verdict, every verdict present. */
    public Map<Verdict, Integer> counts() {
        return countBy(Verdict.class, ClaimResult::verdict);
    }

    /** Count of claims per rating, every rating present. */
    public Map<Rating, Integer> ratings() {
        return countBy(Rating.class, ClaimResult::rating);
    }

    /** How many claims of {@code verdict} are rated as needing context (a claim's rating is derived from it). */
    public int needingContext(Verdict verdict) {
        return (int) claims.stream().filter(claim -> claim.verdict() == verdict
                && claim.rating() == Rating.NEEDS_CONTEXT).count();
    }

    private <E extends Enum<E>> Map<E, Integer> countBy(Class<E> type, Function<ClaimResult, E> key) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        claims.forEach(result -> counts.merge(key.apply(result), 1, Integer::sum));
        return counts;
    }

    public long flagged() {
        return claims.stream().filter(result -> result.verdict().flagged()).count();
    }

    /**
     * The library an audit used.
     *
     * @param name    its folder relative to the article folder ({@code ../library}), or {@code packaged} for the
     *                library in claimcheck's jar
     * @param version claimcheck's version and the start of the library's SHA-256: {@code 0.1.0+sha256.1a2b3c4d5e6f}
     * @param sha256  the SHA-256 of its files, 64 hexadecimal digits, or empty when it could not be read whole
     */
    public record LibraryUsed(String name, String version, String sha256) {
        public LibraryUsed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** {@code ../library (0.1.0+sha256.1a2b3c4d5e6f)}, as the reports' headers name it. */
        public String label() {
            return name + " (" + version + ")";
        }
    }

    /**
     * One file an audit read.
     *
     * @param path   relative to the repository root
     * @param sha256 hex digest of its bytes
     */
    public record InputFile(String path, String sha256) {
        public InputFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
