package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a swap killed outright (SIGKILL, power loss) leaves beside a report folder, put right by the next run: the
 * previous folder, moved aside when the folder itself is missing, is moved back; other staging and aside folders are
 * deleted. A folder is stale when the process named in it is gone, or is this one and no swap uses it.
 */
final class StaleFolders {

    /** The prefix of a staging folder: then the process id, a counter and the report folder's name. */
    static final String STAGING_PREFIX = ".claimcheck-new-";
    /** The prefix of the previous folder, moved aside during a swap. */
    static final String ASIDE_PREFIX = ".claimcheck-old-";

    private static final Pattern NAME = Pattern.compile("\\.claimcheck-(new|old)-([0-9]{1,18})-[0-9]+-(.+)");

    private StaleFolders() {
    }

    /** Puts right the leftovers of killed swaps of {@code target}, an absolute path whose parent exists. */
    static void clean(Path target, Disk disk) throws IOException {
        List<Path> siblings;
        try (Stream<Path> listing = Files.list(target.getParent())) {
            // aside folders (".claimcheck-old-") before staging ones: one may be the only copy of the previous set
            siblings = listing.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path sibling : siblings) {
            Matcher name = NAME.matcher(sibling.getFileName().toString());
            if (!name.matches() || !name.group(3).equals(target.getFileName().toString()) || !stale(sibling,
                    Long.parseLong(name.group(2)))) {
                continue;
            }
            if (name.group(1).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                disk.move(sibling, target);
            } else {
                disk.deleteTree(sibling);
            }
        }
    }

    private static boolean stale(Path folder, long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return !FolderSwap.inUse(folder);
        }
        return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }
}
