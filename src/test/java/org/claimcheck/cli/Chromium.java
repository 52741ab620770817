package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: the first binary on the PATH, run with fixed flags and a fresh profile
 * per run. Without one the calling test is skipped, unless the environment variable CI is "true": there it fails.
 */
final class Chromium {

    private static final List<String> BINARIES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    private static final long BROWSER_TIMEOUT_SECONDS = 180;

    private final Path binary;
    private final Path profiles;

    private Chromium(Path binary, Path profiles) {
        this.binary = binary;
        this.profiles = profiles;
    }

    /** The first Chromium on the PATH, its profiles and logs in {@code profiles}; skips the test when there is none. */
    static Chromium require(Path profiles) {
        Optional<Path> binary = find();
        if (binary.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI=true but no Chromium on the PATH (looked for " + String.join(", ", BINARIES) + "); .ci/run "
                    + "installs Debian's chromium");
        }
        Assumptions.assumeTrue(binary.isPresent(), "skipped: no Chromium on the PATH (looked for "
                + String.join(", ", BINARIES) + "); install it (apt-get install chromium) to run the browser test");
        return new Chromium(binary.orElseThrow(), profiles);
    }

    private static Optional<Path> find() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .flatMap(folder -> BINARIES.stream().map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Opens {@code page} with the fixed flags and {@code extra}; gives Chromium's standard output. */
    String browse(Path page, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + Files.createTempDirectory(profiles, "profile"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path log = Files.createTempFile(profiles, "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within " + BROWSER_TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit status; its log:%n%s", Files.readString(log)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
