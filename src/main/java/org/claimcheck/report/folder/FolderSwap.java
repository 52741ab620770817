package org.claimcheck.report.folder;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One replacement of a folder: files are written into a staging folder beside it, then two renames swap it in
 * (the folder → an aside folder, the staging folder → the folder) and the aside folder is deleted.
 *
 * <p>Every step runs under one lock, which a JVM shutdown hook (SIGINT, SIGTERM, System.exit) takes too: the hook
 * waits for the step under way, stops any further one, and cleans up by where the swap stands — before the swap it
 * deletes the staging folder, so the previous folder stays; after it, it deletes the aside folder; should a failed
 * swap have left the previous folder aside, it moves it back. {@link #close()} does the same on every other exit.
 */
final class FolderSwap implements AutoCloseable {

    /** How long a shutdown hook waits for a step under way: a write of a few megabytes, or a rename. */
    private static final long HOOK_WAIT_SECONDS = 10;
    private static final AtomicLong SWAPS = new AtomicLong();
    /** The staging and aside folders of the swaps under way in this JVM, which no clean-up may take for stale. */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    /** Where the swap stands. */
    private enum Step { STAGING, ASIDE, SWAPPED, DONE }

    private final ReentrantLock lock = new ReentrantLock();
    private final Path target;
    private final Path staging;
    private final Path aside;
    private final Disk disk;
    private final Thread hook = new Thread(this::abandon, "claimcheck report folder clean-up");
    private Step step = Step.STAGING;
    private boolean stopped;

    private FolderSwap(Path target, Disk disk) {
        String suffix = ProcessHandle.current().pid() + "-" + SWAPS.incrementAndGet() + "-" + target.getFileName();
        this.target = target;
        this.staging = target.resolveSibling(StaleFolders.STAGING_PREFIX + suffix);
        this.aside = target.resolveSibling(StaleFolders.ASIDE_PREFIX + suffix);
        this.disk = disk;
    }

    /** Creates the staging folder beside {@code target}, which is an absolute path whose parent exists. */
    static FolderSwap open(Path target, Disk disk) throws IOException {
        FolderSwap swap = new FolderSwap(target, disk);
        IN_USE.add(swap.staging);
        IN_USE.add(swap.aside);
        try {
            Runtime.getRuntime().addShutdownHook(swap.hook);
        } catch (IllegalStateException e) {
            swap.release();
            throw interrupted(e);
        }
        try {
            swap.locked(() -> disk.createFolder(swap.staging));
        } catch (IOException e) {
            swap.close();
            throw e;
        }
        return swap;
    }

    /** True when {@code folder} belongs to a swap under way in this JVM. */
    static boolean inUse(Path folder) {
        return IN_USE.contains(folder);
    }

    /** Writes a file of the new set into the staging folder. */
    void write(String name, String content) throws IOException {
        locked(() -> disk.write(staging.resolve(name), content));
    }

    /** Swaps the staging folder in; on failure the previous folder is back in place. */
    void commit() throws IOException {
        locked(() -> {
            boolean previous = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (previous) {
                disk.move(target, aside);
                step = Step.ASIDE;
            }
            try {
                disk.move(staging, target);
            } catch (IOException e) {
                rollBack(e);
                throw e;
            }
            step = Step.SWAPPED;
            finish();
        });
    }

    /** Cleans up by where the swap stands (see the class comment) and unregisters the shutdown hook. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (!stopped) {
                finish();
            }
        } finally {
            lock.unlock();
            release();
        }
    }

    private void rollBack(IOException failure) {
        if (step != Step.ASIDE) {
            return;
        }
        try {
            disk.move(aside, target);
            step = Step.STAGING;
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The clean-up of each step; what fails here is left for the next run's {@link StaleFolders}. */
    private void finish() throws IOException {
        if (step == Step.ASIDE) {
            disk.move(aside, target);
            step = Step.STAGING;
        }
        if (step == Step.STAGING) {
            disk.deleteTree(staging);
        } else if (step == Step.SWAPPED) {
            try {
                disk.deleteTree(aside);
            } catch (IOException e) {
                // the new set is whole and in place, which is what was asked; the previous one, aside, is the
                // next run's to remove, so a failure here is no failure of the replacement
            }
        }
        step = Step.DONE;
    }

    /** The shutdown hook: waits for the step under way, stops the next one, and cleans up. */
    private void abandon() {
        try {
            if (!lock.tryLock(HOOK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        try {
            stopped = true;
            finish();
        } catch (IOException e) {
            // the JVM is exiting and has nowhere to report it: the next run removes or restores what is left
        } finally {
            lock.unlock();
        }
    }

    private void locked(Action action) throws IOException {
        lock.lock();
        try {
            if (stopped) {
                throw interrupted(null);
            }
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /** The failure of a step the JVM's shutdown came before. */
    static InterruptedIOException interrupted(Throwable cause) {
        InterruptedIOException interrupted = new InterruptedIOException("the JVM is shutting down");
        interrupted.initCause(cause);
        return interrupted;
    }

    private void release() {
        IN_USE.remove(staging);
        IN_USE.remove(aside);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs, or has run, and finds the swap done
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }
}
