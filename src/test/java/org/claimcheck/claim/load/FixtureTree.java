package org.claimcheck.claim.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.TestTrees;

/** A claims tree in a temporary folder: the fixture library, and an article folder with files the test writes. */
public final class FixtureTree {

    /** The fixture tree shipped with the tests. */
    public static final Path SHIPPED = Path.of("src/test/resources/fixtures/tree");

    /** A claim file with one claim that follows from the fixture library (fact demo.total-params). */
    public static final String ONE_CLAIM = """
            claims:
              - id: size-100b
                quote: "a 100B-parameter model"
                section: "Demo Model Review"
                asserts:
                  figure: 100B parameters
                interpretations:
                  - id: total
                    reading: "total parameters"
                    stated: true
                    fact: demo.total-params
            """;

    private final Path root;

    private FixtureTree(Path root) {
        this.root = root;
    }

    /** Copies the shipped fixture library into {@code root}/claims/library and an empty article folder "demo". */
    public static FixtureTree in(Path root) {
        TestTrees.copy(SHIPPED.resolve("claims/library"), root.resolve("claims/library"));
        FixtureTree tree = new FixtureTree(root);
        tree.write("claims/demo/article.txt", "Demo Model Review\nWe trained a 100B-parameter model. "
                + "FP8 cuts data size by 50% compared to BF16.\n");
        tree.write("claims/demo/article.yaml", "title: Demo\narchitecture: demo\n");
        return tree;
    }

    public Path root() {
        return root;
    }

    public Path article() {
        return root.resolve("claims/demo");
    }

    /** Writes a file of the tree, creating folders. */
    public FixtureTree write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article "demo" as the audit loads it, with its claims and every problem met. */
    public Loaded<ArticleClaims> load() {
        return ArticleLoader.load(article(), ClaimsTree.ofArticle(article()));
    }

    /** Writes the article's claim file {@code claims/demo/claims/NAME}. */
    public FixtureTree claims(String name, String yaml) {
        return write("claims/demo/claims/" + name, yaml);
    }
}
