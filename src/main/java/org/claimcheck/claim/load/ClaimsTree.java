package org.claimcheck.claim.load;

import java.nio.file.Path;

/**
 * A claims tree and the repository that holds it: paths in messages and reports are relative to the repository
 * root, with forward slashes, whatever the working directory.
 *
 * @param root   the folder that holds the claims folder
 * @param claims the claims folder: article folders and {@code library/}
 */
public record ClaimsTree(Path root, Path claims) {

    public ClaimsTree {
        root = root.toAbsolutePath().normalize();
        claims = claims.toAbsolutePath().normalize();
    }

    /** The tree an article folder ({@code ROOT/claims/ARTICLE}) belongs to. */
    public static ClaimsTree ofArticle(Path articleFolder) {
        Path absolute = articleFolder.toAbsolutePath().normalize();
        Path claims = absolute.getParent() == null ? absolute : absolute.getParent();
        Path root = claims.getParent() == null ? claims : claims.getParent();
        return new ClaimsTree(root, claims);
    }

    /** The library folder beside the article folders. */
    public Path library() {
        return claims.resolve("library");
    }

    /** {@code path} relative to the root, forward slashes; an absolute path when it lies outside. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
