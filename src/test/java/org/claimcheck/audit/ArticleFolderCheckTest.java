package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.claim.load.FixtureTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article folder that cannot be loaded at all stops the audit before anything is judged or written. */
class ArticleFolderCheckTest {

    private static final String EXPECTED = ": expected an article folder with article.txt, article.yaml and "
            + "claims/*.yaml, got ";

    @TempDir
    Path temp;

    private static UnloadableArticleException refusal(Path folder) {
        try {
            Audit.withAllChecks().run(folder);
        } catch (UnloadableArticleException e) {
            return e;
        }
        throw new AssertionError("expected " + folder + " to be refused");
    }

    @Test
    void should_refuse_a_folder_that_does_not_exist_naming_it_as_given() {
        UnloadableArticleException refused = refusal(Path.of("/nonexistent/claims/dir"));
        assertThat(refused).hasMessage("/nonexistent/claims/dir" + EXPECTED + "no such folder");
        assertThat(refused.reason()).isEqualTo(UnloadableArticleException.Reason.NO_SUCH_FOLDER);
    }

    @Test
    void should_refuse_a_file_given_as_the_folder() throws IOException {
        Path file = Files.writeString(temp.resolve("article.txt"), "text");
        assertThat(refusal(file)).hasMessage(file + EXPECTED + "a file");
    }

    @Test
    void should_refuse_a_folder_without_article_txt() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("claims/empty"));
        FixtureTree.in(temp);
        assertThat(refusal(empty)).hasMessage(empty + EXPECTED + "no article.txt");
    }

    @Test
    void should_name_the_article_folders_of_a_folder_of_articles() {
        Path claims = FixtureTree.SHIPPED.resolve("claims");
        UnloadableArticleException refused = refusal(claims);
        assertThat(refused).hasMessage(claims + EXPECTED + "a folder of article folders; did you mean "
                + claims.resolve("broken") + ", " + claims.resolve("flagged") + " or " + claims.resolve("good") + "?");
        assertThat(refused.reason()).isEqualTo(UnloadableArticleException.Reason.FOLDER_OF_ARTICLES);
    }

    @Test
    void should_name_the_one_article_folder_of_a_folder_of_one_article() {
        FixtureTree tree = FixtureTree.in(temp);
        Path claims = tree.root().resolve("claims");
        assertThat(refusal(claims)).hasMessageEndingWith("got a folder of article folders; did you mean "
                + claims.resolve("demo") + "?");
    }

    @Test
    void should_let_a_folder_with_article_txt_through_to_the_loader_problems() {
        FixtureTree tree = FixtureTree.in(temp);
        assertThat(Audit.withAllChecks().run(tree.article()).problems()).extracting(p -> p.render())
                .containsExactly("claims/demo:1:1: claims: expected claim files in claims/demo/claims/*.yaml, got none");
    }
}
