package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.claimcheck.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit as a process of its own: interrupted by SIGINT, or run from another folder. */
class AuditProcessTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tree/claims").toAbsolutePath();
    private static final String DATE = "2025-01-15";
    /**
     * When each run is interrupted: during start-up; after the table, while the reports are rendered (some hundreds
     * of milliseconds: charts, the JUnit XML through the JUnit Platform); and once the staging folder appears, while
     * the set is written, swapped in and cleaned up (some milliseconds).
     */
    private static final List<Signal> SIGNALS = List.of(new Signal(Moment.START, 0), new Signal(Moment.TABLE, 0),
            new Signal(Moment.STAGING, 0), new Signal(Moment.STAGING, 2), new Signal(Moment.STAGING, 5),
            new Signal(Moment.STAGING, 12));
    private static final Duration MOMENT_WITHIN = Duration.ofSeconds(60);

    /** What a signal waits for. */
    private enum Moment { START, TABLE, STAGING }

    /** SIGINT, {@code delayMillis} after {@code moment}. */
    private record Signal(Moment moment, long delayMillis) {

        /** Waits for the moment (or the child's end), then the delay, then sends SIGINT; the exit code. */
        int send(Process child, Path log, Path parent) throws Exception {
            long deadline = System.nanoTime() + MOMENT_WITHIN.toNanos();
            while (!reached(log, parent) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(delayMillis);
            return ChildJvm.interrupt(child);
        }

        private boolean reached(Path log, Path parent) throws IOException {
            return switch (moment) {
                case START -> true;
                case TABLE -> Files.readString(log).contains(" problems\n");
                case STAGING -> listing(parent).stream().anyMatch(name -> name.startsWith(".claimcheck-new-"));
            };
        }

        @Override
        public String toString() {
            return moment.name().toLowerCase(Locale.ROOT) + " + " + delayMillis + " ms";
        }
    }

    @TempDir
    Path temp;

    /** The reports the audit of a fixture writes, by an in-process run. */
    private Map<String, String> reference(String article, Path out) throws IOException {
        int exit = Main.execute(new String[] {"audit", FIXTURES.resolve(article).toString(), "--out", out.toString(),
            "--date", DATE}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(exit).isLessThanOrEqualTo(1);
        return FolderContents.of(out);
    }

    @Test
    void should_leave_the_old_or_the_new_report_set_whole_whenever_sigint_lands() throws Exception {
        // given: each run's folder holds the reports of the flagged fixture; the runs audit the good one
        Map<String, String> old = reference("flagged", temp.resolve("old"));
        Map<String, String> fresh = reference("good", temp.resolve("new"));
        ExecutorService signallers = Executors.newFixedThreadPool(SIGNALS.size());
        List<Future<Integer>> exits = new ArrayList<>();
        for (int run = 0; run < SIGNALS.size(); run++) {
            Path out = temp.resolve("run-" + run + "/out");
            reference("flagged", out);
            Path log = temp.resolve("run-" + run + ".log");
            Process child = ChildJvm.start(Main.class, log, "audit", FIXTURES.resolve("good").toString(), "--out",
                    out.toString(), "--date", DATE);
            // when
            Signal signal = SIGNALS.get(run);
            exits.add(signallers.submit(() -> signal.send(child, log, out.getParent())));
        }
        signallers.shutdown();
        // then
        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < SIGNALS.size(); run++) {
            String log = Files.readString(temp.resolve("run-" + run + ".log"));
            assertThat(exits.get(run).get()).as("run %d: %s", run, log).isIn(0, 130);
            assertThat(listing(temp.resolve("run-" + run))).as("run %d", run).containsExactly("out");
            Map<String, String> set = FolderContents.of(temp.resolve("run-" + run + "/out"));
            assertThat(set).as("run %d", run).satisfiesAnyOf(s -> assertThat(s).isEqualTo(old),
                    s -> assertThat(s).isEqualTo(fresh));
            outcomes.add(SIGNALS.get(run) + ": exit " + exits.get(run).get() + ", " + (set.equals(old) ? "old" : "new")
                    + " set");
        }
        System.out.println("SIGINT runs: " + outcomes);
    }

    @Test
    void should_exit_2_and_write_nothing_when_run_from_another_folder() throws Exception {
        Path log = temp.resolve("audit.log");
        Process child = ChildJvm.builder(Main.class, "audit").directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(ChildJvm.waitFor(child)).isEqualTo(2);
        assertThat(Files.readString(log)).isEqualTo("claimcheck: claims/deepseek-v3-article: expected an article "
                + "folder with article.txt, article.yaml and claims/*.yaml, got no such folder (run from the "
                + "repository root, or give an article folder)\n");
        assertThat(listing(temp)).containsExactly("audit.log");
    }

    @Test
    void should_say_plainly_that_source_date_epoch_is_not_a_date() throws Exception {
        Path log = temp.resolve("audit.log");
        ProcessBuilder builder = ChildJvm.builder(Main.class, "audit", FIXTURES.resolve("good").toString(), "--out",
                temp.resolve("out").toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SOURCE_DATE_EPOCH", "yesterday");
        assertThat(ChildJvm.waitFor(builder.start())).isEqualTo(2);
        assertThat(Files.readString(log)).isEqualTo("claimcheck: SOURCE_DATE_EPOCH: expected whole seconds since "
                + "1970-01-01 UTC, got \"yesterday\"\n");
        assertThat(listing(temp)).containsExactly("audit.log");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
