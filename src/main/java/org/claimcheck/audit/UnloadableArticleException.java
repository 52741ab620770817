package org.claimcheck.audit;

import java.nio.file.Path;

/**
 * An article folder that cannot be loaded at all (no such folder, a file, no {@code article.txt}): there is nothing to
 * audit or report. Broken files inside a loadable folder are problems of the audit's result instead.
 */
public final class UnloadableArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stands where the article folder was expected. */
    public enum Reason { NO_SUCH_FOLDER, FILE, UNREADABLE, NO_ARTICLE_TEXT, FOLDER_OF_ARTICLES }

    private final Reason reason;

    /**
     * @param folder the folder as the caller gave it, shown as given
     * @param reason what stands there
     * @param found  what was found, in words ({@code no such folder})
     */
    UnloadableArticleException(Path folder, Reason reason, String found) {
        super(folder.toString().replace('\\', '/') + ": expected an article folder with article.txt, article.yaml "
                + "and claims/*.yaml, got " + found);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
