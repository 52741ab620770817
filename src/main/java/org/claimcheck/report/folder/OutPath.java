package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a report folder given on the command line really is: the absolute path the swap renames. {@code ..} is
 * resolved the way the system resolves it — the folder before it must exist, and a symbolic link is followed before
 * going up — and a folder given as a symbolic link is replaced where the link points, so the link stays.
 */
final class OutPath {

    private OutPath() {
    }

    /**
     * @param given the folder as the user gave it
     * @throws ReportFolderException when a {@code ..} goes through a folder that does not exist, a file stands on the
     *                               way, or the path is a file system's root
     */
    static Path resolve(Path given) throws ReportFolderException, IOException {
        Path absolute = given.toAbsolutePath();
        Path resolved = absolute.getRoot();
        int skipped = absolute.getNameCount() - given.getNameCount();
        for (int i = 0; i < absolute.getNameCount(); i++) {
            String name = absolute.getName(i).toString();
            if (name.equals("..")) {
                if (!Files.isDirectory(resolved)) {
                    // i > skipped: the first name of a relative path is never "..", the working folder exists
                    Path through = given.isAbsolute() ? given.getRoot().resolve(given.subpath(0, i))
                            : given.subpath(0, i - skipped);
                    throw ReportFolderException.notWritable("a path whose .. goes through " + through
                            + (Files.exists(resolved) ? ", which is a file" : ", which does not exist"));
                }
                Path real = resolved.toRealPath();
                resolved = real.getParent() == null ? real : real.getParent();
            } else if (!name.equals(".")) {
                resolved = resolved.resolve(name);
            }
        }
        if (Files.isSymbolicLink(resolved) && Files.isDirectory(resolved)) {
            resolved = resolved.toRealPath();
        }
        if (resolved.getFileName() == null) {
            throw ReportFolderException.notWritable("the root of a file system");
        }
        requireNoFileOnTheWay(resolved);
        return resolved;
    }

    private static void requireNoFileOnTheWay(Path resolved) throws ReportFolderException {
        for (Path folder = resolved.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw ReportFolderException.notWritable("a path through the file " + shown(folder));
                }
                return;
            }
        }
    }

    /** An absolute path as relative to the working folder when it lies inside it, as the user most likely gave it. */
    private static String shown(Path absolute) {
        Path working = Path.of("").toAbsolutePath();
        return (absolute.startsWith(working) ? working.relativize(absolute) : absolute).toString();
    }
}
