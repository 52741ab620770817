package org.claimcheck.report.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimcheck.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real SIGINTs to a process that replaces a report folder over and over ({@link SwapLoop}): whenever the signal
 * lands — in a write, between the renames, in the clean-up — the folder holds one whole set and nothing is left
 * beside it. The injected failures of {@link ReportFolderTest} cover each step exactly; this covers the shutdown hook.
 */
class ReportFolderInterruptTest {

    private static final int RUNS = 6;
    /** Between two signals: a swap takes some tens of milliseconds, so the signals land at different steps. */
    private static final int GAP_MILLIS = 37;
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void should_leave_one_whole_set_and_no_temporary_folder_whenever_sigint_lands() throws Exception {
        // given: the loops run side by side, each on a folder of its own
        List<Process> children = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path parent = Files.createDirectories(temp.resolve("run-" + run));
            children.add(ChildJvm.start(SwapLoop.class, log(run), parent.resolve("out").toString()));
        }
        for (int run = 0; run < RUNS; run++) {
            awaitReady(children.get(run), log(run));
        }
        for (int run = 0; run < RUNS; run++) {
            // when
            Thread.sleep(GAP_MILLIS);
            int exit = ChildJvm.interrupt(children.get(run));
            // then
            assertThat(exit).as("exit code of run %d (log: %s)", run, Files.readString(log(run))).isEqualTo(130);
            Path parent = temp.resolve("run-" + run);
            assertThat(listing(parent)).as("run %d", run).containsExactly("out");
            assertWholeSet(parent.resolve("out"), run);
        }
    }

    private Path log(int run) {
        return temp.resolve("run-" + run + ".log");
    }

    private static void awaitReady(Process child, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!Files.readString(log).contains("ready")) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the swap loop did not start: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
    }

    private static void assertWholeSet(Path out, int run) throws IOException {
        String first = Files.readString(out.resolve("report-0.txt")).lines().findFirst().orElse("");
        int generation = Integer.parseInt(first.replaceAll("generation (\\d+),.*", "$1"));
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(ReportFolder.MARKER)).toList()) {
                found.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(found).as("run %d: the set of generation %d", run, generation)
                .isEqualTo(new TreeMap<>(SwapLoop.set(generation)));
        assertThat(out.resolve(ReportFolder.MARKER)).exists();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }
}
