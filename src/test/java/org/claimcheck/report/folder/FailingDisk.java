package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real disk, but the n-th step that makes something (a folder, a write, a rename) fails with a given error. */
final class FailingDisk implements Disk {

    private final int failingStep;
    private final IOException failure;
    private final List<String> steps = new ArrayList<>();
    private boolean deletesFail;

    /** @param failingStep 1-based; 0 for none */
    FailingDisk(int failingStep, IOException failure) {
        this.failingStep = failingStep;
        this.failure = failure;
    }

    static FailingDisk never() {
        return new FailingDisk(0, null);
    }

    /** Every delete fails too. */
    FailingDisk withFailingDeletes() {
        deletesFail = true;
        return this;
    }

    /** The steps taken, failed one included, as "write report.json" or "move a -> b" (file names only). */
    List<String> steps() {
        return steps;
    }

    @Override
    public void createFolder(Path folder) throws IOException {
        step("create " + folder.getFileName());
        SystemDisk.INSTANCE.createFolder(folder);
    }

    @Override
    public void write(Path file, String content) throws IOException {
        step("write " + file.getFileName());
        SystemDisk.INSTANCE.write(file, content);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step("move " + from.getFileName() + " -> " + to.getFileName());
        SystemDisk.INSTANCE.move(from, to);
    }

    @Override
    public void deleteTree(Path folder) throws IOException {
        if (deletesFail) {
            throw new IOException("injected failure of a delete");
        }
        SystemDisk.INSTANCE.deleteTree(folder);
    }

    private void step(String step) throws IOException {
        steps.add(step);
        if (steps.size() == failingStep) {
            throw failure;
        }
    }
}
