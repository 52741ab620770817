package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Creates a folder with its files as a whole or not at all, and never over anything: the files are written into a
 * staging folder beside it ({@code .claimcheck-init-PID-NAME}, in the same parent, so on the same file system), which
 * is then renamed to the folder's name. The rename fails when anything stands at that name, even an empty folder. A
 * JVM shutdown hook (Ctrl-C, SIGTERM) takes the same lock as each step and deletes the staging folder, so an
 * interrupted {@code init} leaves nothing behind but what stood there before.
 */
final class NewFolder {

    /** Why the folder could not be created, in the words of {@code expected …, got …}. */
    static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        RefusedException(String got) {
            super("expected a folder that does not exist yet, got " + got);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Path staging;
    private final Thread hook = new Thread(this::abandon, "claimcheck-init-cleanup");
    private boolean done;

    private NewFolder(Path staging) {
        this.staging = staging;
    }

    /**
     * Creates {@code folder} holding {@code files} (relative path → UTF-8 content); its parents are created.
     *
     * @throws RefusedException when something stands at {@code folder}, a parent is a file, or writing fails
     */
    static void create(Path folder, Map<String, String> files) throws RefusedException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(Files.isDirectory(target) ? "an existing folder (init never overwrites)"
                    : "an existing file");
        }
        Path parent = target.getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new RefusedException("a path inside a file");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new RefusedException("a parent folder that cannot be created (" + e.getClass().getSimpleName()
                    + ")");
        }
        NewFolder created = new NewFolder(parent.resolve(".claimcheck-init-" + ProcessHandle.current().pid() + "-"
                + target.getFileName()));
        created.write(target, files);
    }

    private void write(Path target, Map<String, String> files) throws RefusedException {
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            lock.lock();
            try {
                Files.createDirectory(staging);
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path path = staging.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
                }
                Files.move(staging, target);
                done = true;
            } finally {
                lock.unlock();
            }
        } catch (FileAlreadyExistsException e) {
            throw new RefusedException(target.toString().equals(e.getFile()) ? "a folder made meanwhile by someone "
                    + "else" : staging.toString().equals(e.getFile()) ? "a staging folder of another run"
                    : "a folder that cannot be written (a file stands where a folder must go)");
        } catch (NoSuchFileException e) {
            throw new RefusedException("a parent folder that was removed meanwhile");
        } catch (IOException e) {
            throw new RefusedException("a folder that cannot be written (" + e.getClass().getSimpleName() + ")");
        } finally {
            abandon();
            removeHook();
        }
    }

    /** Deletes the staging folder unless it became the folder; the hook runs it too. */
    private void abandon() {
        lock.lock();
        try {
            if (!done) {
                deleteTree(staging);
                done = true;
            }
        } finally {
            lock.unlock();
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, or has run, abandon() itself
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort: a staging folder left behind holds only what init wrote, under a name no article has
        }
    }
}
