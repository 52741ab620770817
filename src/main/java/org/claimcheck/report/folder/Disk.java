package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Path;

/** The file-system steps of a report-set swap: a seam, so that tests can make any one of them fail. */
interface Disk {

    /** Creates one folder whose parent exists; fails if it exists. */
    void createFolder(Path folder) throws IOException;

    /** Writes a new file, UTF-8, and forces it to the device. */
    void write(Path file, String content) throws IOException;

    /** Renames a file or folder within its folder in one step, and forces the change to the device. */
    void move(Path from, Path to) throws IOException;

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    void deleteTree(Path folder) throws IOException;
}
