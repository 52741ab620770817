package org.claimcheck.report.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;

/**
 * Replaces a folder of reports with a new set, as a whole or not at all (see {@link FolderSwap} for how, and the
 * README's "Errors and exit codes" for the guarantee). Only a folder that is new, empty, or holds nothing but report
 * files — those of the new set, or those its marker file lists — is replaced; anything else is refused untouched.
 */
public final class ReportFolder {

    /** The marker file of every set: says the folder is claimcheck's, and lists the set's files. */
    static final String MARKER = ".claimcheck-reports";
    private static final String MARKER_HEADER = "# claimcheck report set: claimcheck replaces this folder as a "
            + "whole; its files:";

    private ReportFolder() {
    }

    /**
     * Replaces {@code folder} with {@code files}: each written under its name, in the map's order, with the marker.
     *
     * @param folder the folder as the user gave it; it and its parents are created when missing
     * @param files  file name → content (UTF-8)
     * @throws ReportFolderException when the folder cannot be replaced; the previous folder is then as it was
     */
    public static void replace(Path folder, Map<String, String> files) throws ReportFolderException {
        replace(folder, files, SystemDisk.INSTANCE);
    }

    static void replace(Path folder, Map<String, String> files, Disk disk) throws ReportFolderException {
        try {
            Path target = OutPath.resolve(folder);
            Files.createDirectories(target.getParent());
            if (!Files.isWritable(target.getParent())) {
                throw ReportFolderException.notWritable("a folder inside a read-only folder");
            }
            StaleFolders.clean(target, disk);
            requireReplaceable(target, files.keySet());
            try (FolderSwap swap = FolderSwap.open(target, disk)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    swap.write(file.getKey(), file.getValue());
                }
                swap.write(MARKER, MARKER_HEADER + "\n" + String.join("\n", files.keySet()) + "\n");
                swap.commit();
            }
        } catch (IOException e) {
            throw ReportFolderException.of(e);
        }
    }

    /** A missing folder, or a writable one that holds report files only; symbolic links are no report files. */
    private static void requireReplaceable(Path target, Set<String> names) throws ReportFolderException, IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw ReportFolderException.notWritable(Files.isRegularFile(target) ? "a file" : "something that is "
                    + "not a folder");
        }
        Set<String> reports = new LinkedHashSet<>(names);
        reports.add(MARKER);
        reports.addAll(listedInMarker(target.resolve(MARKER)));
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(target)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!reports.contains(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    others.add(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
                }
            }
        }
        if (!others.isEmpty()) {
            throw ReportFolderException.holdsOtherFiles(others);
        }
        if (!Files.isWritable(target)) {
            throw ReportFolderException.notWritable("a read-only folder");
        }
    }

    /** The file names a previous set's marker lists; none when there is no marker, or it is not one. */
    private static List<String> listedInMarker(Path marker) {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = InputReader.unlogged().read(marker, marker.toString(), InputLimit.REPORT_MARKER).text().lines()
                    .toList();
        } catch (InputException e) {
            // not a marker of ours: its names are not taken for reports, so those files keep the folder from being
            // replaced, which is the safe side
            return List.of();
        }
        if (lines.isEmpty() || !lines.get(0).equals(MARKER_HEADER)) {
            return List.of();
        }
        return lines.subList(1, lines.size()).stream()
                .filter(name -> !name.isEmpty() && !name.contains("/") && !name.contains("\\")).toList();
    }
}
