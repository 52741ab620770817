package org.claimcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run in a JVM of its own, with the tests' class path (target/classes, target/test-classes and the
 * dependencies), so that tests can send it real signals.
 */
public final class ChildJvm {

    /** How long a child may take to end once signalled or done. */
    private static final long END_SECONDS = 30;

    private ChildJvm() {
    }

    /** A process builder for {@code main} with {@code args}; the caller sets the folder, environment and output. */
    public static ProcessBuilder builder(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (sigintIgnored()) {
            // a build started in the background of a non-interactive shell ignores SIGINT, and so would the child,
            // whose JVM then installs no handler for it: GNU env (coreutils 8.31 or later) restores the default
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Starts {@code main} with {@code args}, its output and errors going to {@code log}. */
    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        return builder(main, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Sends SIGINT, as Ctrl-C does ({@link Process#destroy()} sends SIGTERM), and waits for the end; the exit code. */
    public static int interrupt(Process child) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start().waitFor();
        return waitFor(child);
    }

    /** Waits for the child's end; its exit code. */
    public static int waitFor(Process child) throws InterruptedException {
        if (!child.waitFor(END_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the child JVM did not end in " + END_SECONDS + " s");
        }
        return child.exitValue();
    }

    /** Whether this process ignores SIGINT, from the SigIgn mask of /proc/self/status (bit 1 is SIGINT, 2). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 2) != 0);
    }

    /**
     * The tests' class path. Surefire may start the tests from a manifest-only jar; it then names the real class path
     * in surefire.test.class.path.
     */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire != null && !surefire.isEmpty() ? surefire : System.getProperty("java.class.path");
        if (!classPath.contains("classes")) {
            throw new IllegalStateException("no class folder in the class path: " + classPath);
        }
        return classPath;
    }
}
