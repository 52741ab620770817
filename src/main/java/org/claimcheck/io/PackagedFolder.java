package org.claimcheck.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of files packaged with claimcheck, found on the class path: a folder of the file system when claimcheck
 * runs from its build's classes, a folder of the jar (through the JDK's zip file system, read-only) when it runs from
 * {@code claimcheck.jar}. Either way it is a {@link Path}, so {@link InputReader} reads its files with the same
 * limits, containment and SHA-256 log as any other input.
 */
public final class PackagedFolder {

    private PackagedFolder() {
    }

    /**
     * The packaged folder that holds {@code marker}.
     *
     * @param folder the folder's resource name, {@code claimcheck/library}
     * @param marker a file the folder always holds, {@code sources.yaml}: class loaders find files, not folders
     * @return the folder, or empty when claimcheck was packaged without it
     */
    public static Optional<Path> of(String folder, String marker) {
        URL url = PackagedFolder.class.getClassLoader().getResource(folder + "/" + marker);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openZipFileSystem(uri);
            }
            return Optional.ofNullable(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The jar's file system, opened once for the JVM's life (it is read-only and small). */
    private static synchronized void openZipFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                // opened meanwhile: the same file system serves
            }
        }
    }
}
