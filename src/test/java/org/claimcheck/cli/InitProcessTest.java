package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.ChildJvm;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.ClaimsTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at any moment of {@code init} leaves the whole folder or nothing, and never its staging folder: a child JVM
 * is sent SIGINT after a range of delays, from before its start-up ends to after the folder is written.
 */
class InitProcessTest {

    private static final Path SEED_TEXT = Path.of("claims/deepseek-v3-article/article.txt").toAbsolutePath();
    private static final long[] DELAYS_MS = {0, 300, 700, 1200, 2000, 4000};

    @TempDir
    Path temp;

    @Test
    void should_leave_the_whole_folder_or_nothing_whenever_sigint_lands() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (long delay : DELAYS_MS) {
            // given
            Path parent = Files.createDirectories(temp.resolve("run-" + delay));
            Process child = ChildJvm.start(Main.class, temp.resolve("log-" + delay + ".txt"), "init",
                    SEED_TEXT.toString(), "--out", parent.resolve("post").toString());
            // when
            Thread.sleep(delay);
            int exit = ChildJvm.interrupt(child);
            // then
            List<String> left = names(parent);
            outcomes.add(delay + " ms: exit " + exit + ", " + left);
            if (left.isEmpty()) {
                continue;
            }
            assertThat(left).containsExactly("post");
            assertThat(names(parent.resolve("post"))).containsExactly("article.txt", "article.yaml", "claims");
            Path post = parent.resolve("post");
            assertThat(ArticleLoader.load(post, ClaimsTree.ofArticle(post)).value().drafts()).hasSize(22);
        }
        System.out.println("SIGINT runs of init: " + outcomes);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
