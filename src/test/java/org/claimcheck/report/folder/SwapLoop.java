package org.claimcheck.report.folder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A child process for {@link ReportFolderInterruptTest}: replaces a folder again and again with whole sets of
 * alternating generations, each file over half a megabyte, so that a signal most likely lands inside a swap. Prints
 * "ready" once the first set is in place.
 */
public final class SwapLoop {

    static final int FILES = 5;
    static final int BYTES_PER_LINE = 64;
    static final int LINES = 10_000;

    private SwapLoop() {
    }

    /** The set of a generation: every line of every file names the generation and the file. */
    static Map<String, String> set(int generation) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int file = 0; file < FILES; file++) {
            String line = String.format("generation %d, file %d", generation, file);
            line = line + " ".repeat(BYTES_PER_LINE - 1 - line.length()) + "\n";
            files.put("report-" + file + ".txt", line.repeat(LINES + generation % 2 * LINES / 2));
        }
        return files;
    }

    /** @param args the folder to replace */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        for (int generation = 0; ; generation++) {
            ReportFolder.replace(out, set(generation));
            if (generation == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
