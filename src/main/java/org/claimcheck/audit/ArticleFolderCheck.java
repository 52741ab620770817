package org.claimcheck.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a folder can be loaded as an article at all: it must be a folder holding {@code article.txt}. Everything
 * else about it (article.yaml, the claim files) is the loader's to report, file by file, as problems.
 */
public final class ArticleFolderCheck {

    private static final String ARTICLE_TEXT = "article.txt";
    /** More article folders than this are counted, not listed. */
    private static final int MAX_LISTED = 5;

    private ArticleFolderCheck() {
    }

    /** @throws UnloadableArticleException when {@code folder} is not an article folder, saying what it is */
    public static void requireLoadable(Path folder) {
        if (Files.isRegularFile(folder.resolve(ARTICLE_TEXT))) {
            return;
        }
        if (!Files.exists(folder)) {
            throw new UnloadableArticleException(folder, UnloadableArticleException.Reason.NO_SUCH_FOLDER,
                    "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new UnloadableArticleException(folder, UnloadableArticleException.Reason.FILE, "a file");
        }
        List<String> articles;
        try {
            articles = articleFolders(folder);
        } catch (IOException e) {
            throw new UnloadableArticleException(folder, UnloadableArticleException.Reason.UNREADABLE,
                    "a folder that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (articles.isEmpty()) {
            throw new UnloadableArticleException(folder, UnloadableArticleException.Reason.NO_ARTICLE_TEXT,
                    "no " + ARTICLE_TEXT);
        }
        throw new UnloadableArticleException(folder, UnloadableArticleException.Reason.FOLDER_OF_ARTICLES,
                "a folder of article folders; did you mean " + listed(articles) + "?");
    }

    /** The article folders directly inside {@code folder}, as paths under it the way it was given, sorted. */
    private static List<String> articleFolders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(child -> Files.isRegularFile(child.resolve(ARTICLE_TEXT))).sorted()
                    .map(child -> child.toString().replace('\\', '/')).toList();
        }
    }

    /** "a", "a or b", "a, b or c"; beyond five, the first five and how many there are in all. */
    private static String listed(List<String> names) {
        if (names.size() > MAX_LISTED) {
            return String.join(", ", names.subList(0, MAX_LISTED)) + " … (" + names.size() + " in all)";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
