package org.claimcheck.claim.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.io.Excerpt;
import org.claimcheck.io.InputLimit;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an article folder: {@code article.txt} (the text as published), {@code article.yaml} (title, url, the stated
 * architecture or architectures, waivers, artefacts of the copy) and the claim files {@code claims/*.yaml}. Checks that
 * every quote and section occurs in the text and that claim ids (drafts' included) are unique across files.
 */
public final class ArticleLoader {

    static final Set<String> ARTICLE_FIELDS = Set.of("title", "url", "architecture", "architectures", "waivers",
            "artefacts");
    static final Set<String> QUOTED_FIELDS = Set.of("quote", "reason");

    private ArticleLoader() {
    }

    /** The article, its valid claims, and every problem met. */
    public static Loaded<ArticleClaims> load(Path folder, ClaimsTree tree) {
        List<Problem> problems = new ArrayList<>();
        String display = tree.display(folder);
        Path textFile = folder.resolve("article.txt");
        if (!Files.isDirectory(folder) || !Files.isRegularFile(textFile)) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected an article folder with "
                    + "article.txt, article.yaml and claims/*.yaml, got " + (Files.isDirectory(folder)
                    ? "no article.txt" : "no such folder")));
            return new Loaded<>(ArticleClaims.empty(display), problems);
        }
        String text = tree.read(textFile, InputLimit.ARTICLE_TEXT, problems).orElse("");
        ArticleText indexed = ArticleText.of(text);
        List<Architectures.Named> sites = new ArrayList<>();
        Article article = readArticle(folder.resolve("article.yaml"), tree, tree.display(textFile), indexed,
                problems, sites);
        List<Claim> claims = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<Claim> misplaced = new ArrayList<>();
        Map<String, SourceLocation> byId = new HashMap<>();
        List<Path> files = LibraryLoader.yamlFiles(folder.resolve("claims"));
        if (files.isEmpty()) {
            problems.add(new Problem(SourceLocation.startOf(display), "claims", "expected claim files in "
                    + display + "/claims/*.yaml, got none"));
        }
        // files are parsed side by side, then taken in file order
        for (Loaded<ClaimFile> loaded : files.parallelStream().map(file -> ClaimFileLoader.read(tree, file)).toList()) {
            problems.addAll(loaded.problems());
            for (Claim claim : loaded.value().claims()) {
                List<Problem> own = new ArrayList<>(QuoteCheck.check(claim, indexed));
                unique(claim.id(), claim.location(), byId).ifPresent(own::add);
                problems.addAll(own);
                (own.isEmpty() ? claims : misplaced).add(claim);
            }
            for (Draft draft : loaded.value().drafts()) {
                unique(draft.id(), draft.location(), byId).ifPresent(problems::add);
                QuoteCheck.check(draft, indexed).ifPresent(problems::add);
                drafts.add(draft);
            }
        }
        return new Loaded<>(new ArticleClaims(article, claims, drafts, misplaced, sites), problems);
    }

    /** A problem when {@code id} was used before in the article; records its first use otherwise. */
    private static Optional<Problem> unique(String id, SourceLocation at, Map<String, SourceLocation> byId) {
        SourceLocation first = byId.putIfAbsent(id, at);
        return first == null ? Optional.empty() : Optional.of(new Problem(at, "id", "expected a claim id unique in "
                + "the article, got \"" + id + "\", already used at " + first));
    }

    private static Article readArticle(Path file, ClaimsTree tree, String textPath, ArticleText text,
                                       List<Problem> problems, List<Architectures.Named> sites) {
        String display = tree.display(file);
        Optional<Fields> fields = Files.isRegularFile(file)
                ? YamlFile.parse(tree, file, problems).flatMap(node -> Fields.of(display, "", node, problems))
                : Optional.empty();
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected article.yaml with title, url "
                    + "and architecture, got no such file"));
        }
        fields.ifPresent(f -> f.allowOnly(ARTICLE_FIELDS));
        fields.map(Architectures::read).ifPresent(sites::addAll);
        String title = fields.flatMap(f -> f.string("title", true)).orElse("");
        String url = fields.flatMap(f -> f.string("url", false)).orElse("");
        List<String> architectures = sites.stream().map(Architectures.Named::name).toList();
        List<Article.Waiver> waivers = quoted(fields, "waivers", display, text, problems).stream()
                .map(item -> new Article.Waiver(item.quote(), item.reason())).toList();
        List<Article.Artefact> artefacts = quoted(fields, "artefacts", display, text, problems).stream()
                .map(item -> new Article.Artefact(item.quote(), item.reason())).toList();
        return new Article(title, textPath, text.text(), url, architectures, waivers, artefacts);
    }

    /** An item of a list of {@code {quote, reason}}. */
    private record Quoted(String quote, String reason) {
    }

    /** The items of a list of {@code {quote, reason}} (waivers, artefacts) whose quote stands in the text. */
    private static List<Quoted> quoted(Optional<Fields> fields, String key, String display, ArticleText text,
                                             List<Problem> problems) {
        List<Quoted> pairs = new ArrayList<>();
        List<Node> items = fields.map(f -> f.list(key, false)).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Fields.of(display, key + "[" + i + "]", items.get(i), problems).ifPresent(item -> {
                item.allowOnly(QUOTED_FIELDS);
                Optional<String> quote = item.string("quote", true);
                Optional<String> reason = item.string("reason", true);
                quote.filter(q -> !text.contains(q)).ifPresent(q -> item.report("quote",
                        "expected a verbatim part of the article, got \"" + Excerpt.of(q) + "\""));
                if (quote.isPresent() && reason.isPresent() && text.contains(quote.get())) {
                    pairs.add(new Quoted(quote.get(), reason.get()));
                }
            });
        }
        return pairs;
    }
}
