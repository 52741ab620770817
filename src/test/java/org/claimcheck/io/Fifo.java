package org.claimcheck.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests: Java cannot make one, so {@code mkfifo} (POSIX) does. */
public final class Fifo {

    private Fifo() {
    }

    /** Makes a FIFO at {@code path}. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }
}
