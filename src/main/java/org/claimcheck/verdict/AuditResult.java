package org.claimcheck.verdict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Problem;

/**
 * Everything an audit found: the article, each claim's result, the input problems, and the files it read.
 *
 * @param article  the article
 * @param claims   the results, in file then line order
 * @param problems input that could not be used, sorted by position
 * @param inputs   the files read (article, claims, library) with their SHA-256, sorted by path
 * @param version  the tool's version
 */
public record AuditResult(Article article, List<ClaimResult> claims, List<Problem> problems, List<InputFile> inputs,
                          String version) {

    public AuditResult {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(version, "version");
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        inputs = List.copyOf(inputs);
    }

    /** Count of claims per verdict, every verdict present. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        claims.forEach(result -> counts.merge(result.verdict(), 1, Integer::sum));
        return counts;
    }

    public long flagged() {
        return claims.stream().filter(result -> result.verdict().flagged()).count();
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
