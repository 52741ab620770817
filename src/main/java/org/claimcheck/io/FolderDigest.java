package org.claimcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The SHA-256 of a folder's content, which names a version of it: the same files with the same bytes give the same
 * digest wherever the folder lies, on a disk or in a jar. Over every regular file under the folder (symbolic links
 * are not followed), sorted by path relative to the folder with forward slashes, it digests for each the line
 * {@code PATH NUL SHA-256-OF-ITS-BYTES LF}, as {@code sha256sum} would list them.
 */
public final class FolderDigest {

    /** A folder of more files than this is not a library of hand-kept files. */
    static final int MAX_FILES = 10_000;

    private FolderDigest() {
    }

    /**
     * The digest of {@code folder}, 64 lower-case hexadecimal digits.
     *
     * @param limit the size limit of each file
     * @throws InputException when a file is above the limit, there are more than {@value #MAX_FILES} files, or the
     *                        folder cannot be read
     */
    public static String sha256(Path folder, InputLimit limit) throws InputException {
        MessageDigest digest = sha256();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .limit(MAX_FILES + 1L).sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b)))
                    .toList();
            if (files.size() > MAX_FILES) {
                throw new InputException("expected a folder of at most " + MAX_FILES + " files, got more");
            }
            for (Path file : files) {
                digest.update((relative(folder, file) + "\0" + fileSha256(file, limit, relative(folder, file))
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputException("expected a folder that can be read, got one that cannot ("
                    + e.getClass().getSimpleName() + ")");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** The file's digest, read in blocks and never past its limit (a file may grow while it is read). */
    private static String fileSha256(Path file, InputLimit limit, String shown) throws IOException, InputException {
        MessageDigest digest = sha256();
        byte[] block = new byte[8192];
        long total = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            for (int read = in.read(block); read > 0; read = in.read(block)) {
                total += read;
                if (total > limit.maxBytes()) {
                    throw new InputException(String.format(Locale.ROOT, "expected %s of at most %d bytes, got more "
                            + "in %s", limit.kind(), limit.maxBytes(), shown));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
