package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private temporary folder in the system's temporary folder, deleted on {@link #close()}, or by a JVM shutdown hook
 * when the process is interrupted (SIGINT, SIGTERM) before that.
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;
    private final Thread hook;

    private ScratchFolder(Path path) {
        this.path = path;
        this.hook = new Thread(this::deleteQuietly, "claimcheck scratch folder clean-up");
    }

    /** @param prefix the start of the folder's name */
    public static ScratchFolder create(String prefix) throws IOException {
        ScratchFolder scratch = new ScratchFolder(Files.createTempDirectory(prefix));
        try {
            Runtime.getRuntime().addShutdownHook(scratch.hook);
        } catch (IllegalStateException e) {
            scratch.deleteQuietly();
            throw FolderSwap.interrupted(e);
        }
        return scratch;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook deletes the folder
            return;
        }
        SystemDisk.INSTANCE.deleteTree(path);
    }

    private void deleteQuietly() {
        try {
            SystemDisk.INSTANCE.deleteTree(path);
        } catch (IOException e) {
            // the JVM is exiting and has nowhere to report it; the folder is in the system's temporary folder
        }
    }
}
