package org.claimcheck.report.folder;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;

/**
 * A report folder that cannot be replaced: an error of the user's choice of folder or of its device, never of
 * claimcheck. The message reads {@code expected …, got …}; the caller puts the folder's name in front.
 */
public final class ReportFolderException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String WRITABLE = "expected a folder that can be written, got ";
    /** More foreign files than this are counted, not listed. */
    private static final int MAX_LISTED = 5;

    private ReportFolderException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Not a folder that can be written: {@code found} says what it is. */
    static ReportFolderException notWritable(String found) {
        return new ReportFolderException(WRITABLE + found, null);
    }

    /** A folder that holds files other than reports, which a replacement would delete. */
    static ReportFolderException holdsOtherFiles(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(MAX_LISTED, names.size())))
                + (names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "");
        return new ReportFolderException("expected a new or empty folder, or one of claimcheck reports, got a folder "
                + "that also holds " + listed + "; give a folder of its own", null);
    }

    /** A failure of the file system while writing, in plain words. */
    static ReportFolderException of(IOException e) {
        if (e instanceof InterruptedIOException) {
            return new ReportFolderException("interrupted before the new reports were in place; the previous ones "
                    + "are kept", e);
        }
        String reason = e instanceof FileSystemException file && file.getReason() != null ? file.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        String found;
        if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
            found = "no space left on the device";
        } else if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("permission denied")) {
            found = "a read-only folder";
        } else {
            found = "a failure of the file system (" + reason + ")";
        }
        return new ReportFolderException(WRITABLE + found, e);
    }
}
