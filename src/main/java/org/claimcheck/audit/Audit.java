package org.claimcheck.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.TextSpan;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.Architectures;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Loaded;
import org.claimcheck.claim.load.LibraryLoader;
import org.claimcheck.scan.Coverage;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Deriver;
import org.claimcheck.verdict.InvalidClaimException;
import org.claimcheck.verdict.VerdictEngine;

/** Audits one article folder: every claim is checked; a broken claim is reported and the others still run. */
public final class Audit {

    /** The version reports name; kept equal to the Maven project version. */
    public static final String VERSION = "0.1.0";

    /**
     * Claims are derived on this many threads; results are gathered in claim order and checks are deterministic, so
     * the result does not depend on it.
     */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Supplier<CheckRegistry> registry;
    private final int threads;

    public Audit(CheckRegistry registry) {
        this(() -> registry, THREADS);
    }

    /**
     * An audit whose registry is built when a run starts, beside the loading of the library and the article: building
     * every check loads and initialises their classes (and Jackson's), which is not free in a run of a second.
     */
    private Audit(Supplier<CheckRegistry> registry, int threads) {
        this.registry = registry;
        this.threads = threads;
    }

    /**
     * The same audit on {@code threads} threads.
     *
     * @throws IllegalArgumentException when threads &lt; 1
     */
    public Audit withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Audit(registry, threads);
    }

    /** An audit with every check of the project. */
    public static Audit withAllChecks() {
        return new Audit(Checks::registry, THREADS);
    }

    /**
     * Loads, validates, derives and judges every claim of the article folder.
     *
     * @throws UnloadableArticleException when the folder cannot be loaded at all (no such folder, a file, no
     *                                    article.txt): there is then nothing to report
     */
    public AuditResult run(Path articleFolder) {
        return run(articleFolder, Optional.empty());
    }

    /**
     * The same, with the library given ({@code --library}); without one, the nearest {@code claims/library} above the
     * article folder, else the library packaged in the jar.
     *
     * @throws UnloadableArticleException as {@link #run(Path)}
     */
    public AuditResult run(Path articleFolder, Optional<Path> libraryFolder) {
        ArticleFolderCheck.requireLoadable(articleFolder);
        ClaimsTree tree = ClaimsTree.ofArticle(articleFolder, libraryFolder);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            return run(articleFolder, tree, workers);
        } finally {
            workers.shutdownNow();
        }
    }

    private AuditResult run(Path articleFolder, ClaimsTree tree, ExecutorService workers) {
        // the three are independent: the checks are built and the article read beside the library
        Future<CheckRegistry> checks = workers.submit(registry::get);
        Future<Loaded<ArticleClaims>> articleRead = workers.submit(() -> ArticleLoader.load(articleFolder, tree));
        Loaded<Library> library = LibraryLoader.load(tree.library(), tree);
        Loaded<ArticleClaims> article = await(articleRead);
        List<Problem> problems = new ArrayList<>(library.problems());
        problems.addAll(article.problems());
        problems.addAll(Architectures.unknown(article.value().architectures(), library.value()));
        List<ClaimResult> results = judgeAll(article.value(), library.value(), await(checks), tree, workers,
                problems);
        problems.sort(Problem.BY_POSITION);
        ArticleText text = ArticleText.of(article.value().article().text());
        results.sort(inArticleOrder(text));
        // a sentence only a draft quotes is work under way, not uncovered: coverage says so, as scan does
        Coverage coverage = Coverage.of(text, results.stream().map(ClaimResult::claim).toList(),
                article.value().drafts(), article.value().article().waivers());
        return AuditResult.of(article.value().article(), text, results, coverage, problems, inputs(tree), VERSION)
                .withDocuments(library.value().documents()).withLibrary(libraryUsed(tree));
    }

    /**
     * Every placed claim's result, in file order, with the problems of all claims (placed or not) added to
     * {@code problems}; the claims are derived on {@code workers}.
     */
    private static List<ClaimResult> judgeAll(ArticleClaims article, Library library, CheckRegistry registry,
                                              ClaimsTree tree, ExecutorService workers, List<Problem> problems) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        article.claims().forEach(claim -> byId.put(claim.id(), claim));
        ClaimValidator validator = new ClaimValidator(library, registry, byId);
        Deriver deriver = new Deriver(new LibraryContext(library, tree, registry), byId);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (Claim claim : article.claims()) {
            outcomes.add(workers.submit(() -> outcome(claim, validator, deriver)));
        }
        for (Claim claim : article.misplaced()) {
            outcomes.add(workers.submit(() -> outcome(claim, validator, deriver).withoutResult()));
        }
        List<ClaimResult> results = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            Outcome done = await(outcome);
            done.result().ifPresent(results::add);
            problems.addAll(done.problems());
        }
        return results;
    }

    /** Claims in the order their quotes stand in the article; ties (and quotes not found) keep file order. */
    private static java.util.Comparator<ClaimResult> inArticleOrder(ArticleText text) {
        Map<ClaimResult, Integer> at = new java.util.IdentityHashMap<>();
        return java.util.Comparator.comparingInt(result -> at.computeIfAbsent(result, r ->
                text.first(r.claim().quote()).map(TextSpan::start).orElse(Integer.MAX_VALUE)));
    }

    /** A claim's result, or the problems that keep it from one. */
    private record Outcome(Optional<ClaimResult> result, List<Problem> problems) {

        /**
         * Only the problems: a claim the article does not place (its quote or section is not there) is checked for
         * the problems that come later, so that one run reports them all, but is never judged.
         */
        Outcome withoutResult() {
            return new Outcome(Optional.empty(), problems);
        }
    }

    private static Outcome outcome(Claim claim, ClaimValidator validator, Deriver deriver) {
        List<Problem> invalid = validator.problems(claim);
        if (!invalid.isEmpty()) {
            return new Outcome(Optional.empty(), withDerivationProblems(claim, invalid, validator, deriver));
        }
        try {
            return new Outcome(Optional.of(judge(claim, deriver)), List.of());
        } catch (InvalidClaimException e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }

    /**
     * A claim with invalid names is not judged, but its other interpretations are still derived, so that what they
     * would report (a unit that does not match, a fact recorded in another dimension) comes out in the same run.
     */
    private static List<Problem> withDerivationProblems(Claim claim, List<Problem> invalid, ClaimValidator validator,
                                                        Deriver deriver) {
        List<Problem> problems = new ArrayList<>(invalid);
        for (Interpretation interpretation : claim.interpretations()) {
            if (validator.problems(interpretation).isEmpty()) {
                try {
                    deriver.derive(claim, interpretation);
                } catch (InvalidClaimException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return problems;
    }

    /** What a task of the audit's gave; its runtime exception as thrown, an error of the JVM wrapped. */
    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        }
    }

    /** A claim's result; a claim with parts has each part judged, and the problems of all its parts reported. */
    private static ClaimResult judge(Claim claim, Deriver deriver) throws InvalidClaimException {
        if (claim.parts().isEmpty()) {
            return judgePart(claim, deriver);
        }
        List<ClaimResult> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Claim part : claim.parts()) {
            try {
                parts.add(judgePart(part, deriver));
            } catch (InvalidClaimException e) {
                problems.addAll(ClaimValidator.inPart(part, e.problems()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        return VerdictEngine.combine(claim, parts, deriver.caveats(claim, List.of()));
    }

    private static ClaimResult judgePart(Claim claim, Deriver deriver) throws InvalidClaimException {
        List<Derivation> derivations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Interpretation interpretation : claim.interpretations()) {
            try {
                derivations.add(deriver.derive(claim, interpretation));
            } catch (InvalidClaimException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        return VerdictEngine.judge(claim, derivations, deriver.caveats(claim, derivations));
    }

    /**
     * Which library the audit used, and its version: claimcheck's version and the SHA-256 of the library's files. A
     * library that cannot be read whole has no digest; the loader reports what is wrong with it.
     */
    private static AuditResult.LibraryUsed libraryUsed(ClaimsTree tree) {
        String sha256 = tree.libraryLocation().sha256().orElse("");
        String version = sha256.isEmpty() ? VERSION : VERSION + "+sha256." + sha256.substring(0, 12);
        return new AuditResult.LibraryUsed(tree.libraryLocation().name(), version, sha256);
    }

    /** The files the audit read, each with the SHA-256 of the bytes it used. */
    private static List<AuditResult.InputFile> inputs(ClaimsTree tree) {
        return tree.inputs().stream().map(input -> new AuditResult.InputFile(input.display(), input.sha256()))
                .toList();
    }
}
