package org.claimcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads input files as text, refusing what could hang, exhaust memory or leak a file: anything but a regular file (a
 * FIFO would block the reader forever), a file above its kind's {@link InputLimit}, a file whose real path (symbolic
 * links resolved) lies outside the folder it must stay in, bytes that are not UTF-8, and NUL bytes. Every file read is
 * recorded in the reader's {@link InputLog} with the SHA-256 of the bytes read.
 *
 * <p>The type of the file is checked before it is opened, so a regular file swapped for a FIFO between the check and
 * the open could still block; Java offers no non-blocking open.
 */
public final class InputReader {

    private final InputLog log;

    public InputReader(InputLog log) {
        this.log = log;
    }

    /** A reader that records into a log of its own. */
    public static InputReader unlogged() {
        return new InputReader(new InputLog());
    }

    public InputLog log() {
        return log;
    }

    /**
     * Reads a file given directly by the user, wherever it is.
     *
     * @param file    the file
     * @param display its path as messages show it
     * @param limit   the kind of input and its size limit
     * @throws InputException when the file cannot be used (the message says what was expected and what was found)
     */
    public InputText read(Path file, String display, InputLimit limit) throws InputException {
        return read(file, display, limit, Optional.empty());
    }

    /**
     * Reads a file that must lie, links resolved, inside {@code folder}.
     *
     * @param folder        the folder the file must stay in
     * @param folderDisplay that folder's path as messages show it
     * @throws InputException as {@link #read(Path, String, InputLimit)}, and when the real path leaves the folder
     */
    public InputText readWithin(Path file, String display, InputLimit limit, Path folder, String folderDisplay)
            throws InputException {
        return read(file, display, limit, Optional.of(new Containment(folder, folderDisplay)));
    }

    private record Containment(Path folder, String display) {
    }

    private InputText read(Path file, String display, InputLimit limit, Optional<Containment> within)
            throws InputException {
        Path real = realPath(file, limit);
        if (within.isPresent() && !real.startsWith(realPath(within.get().folder(), limit))) {
            throw new InputException("expected " + limit.kind() + " inside " + within.get().display()
                    + ", got a link that leads outside it");
        }
        byte[] bytes = bytes(real, limit);
        InputText text = new InputText(display, decode(bytes), sha256(bytes));
        log.record(text);
        return text;
    }

    private static Path realPath(Path file, InputLimit limit) throws InputException {
        try {
            return file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new InputException("expected " + limit.kind() + ", got no such file");
        } catch (IOException e) {
            throw unreadable(limit, e);
        }
    }

    private static byte[] bytes(Path real, InputLimit limit) throws InputException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new InputException("expected " + limit.kind() + ", got " + (attributes.isDirectory()
                        ? "a folder" : "a special file (a FIFO, socket or device), which is never read"));
            }
            if (attributes.size() > limit.maxBytes()) {
                throw tooLarge(limit, Long.toString(attributes.size()));
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) limit.maxBytes() + 1);
                if (bytes.length > limit.maxBytes()) {
                    throw tooLarge(limit, "more");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(limit, e);
        }
    }

    private static InputException tooLarge(InputLimit limit, String got) {
        return new InputException(String.format(Locale.ROOT, "expected %s of at most %d bytes, got %s bytes",
                limit.kind(), limit.maxBytes(), got));
    }

    private static InputException unreadable(InputLimit limit, IOException e) {
        String why = e instanceof AccessDeniedException ? "a file this user may not read"
                : "a file that cannot be read (" + e.getClass().getSimpleName() + ")";
        return new InputException("expected " + limit.kind() + " that can be read, got " + why);
    }

    /**
     * Strict UTF-8: the first malformed byte is reported at its line and column; a leading byte-order mark is dropped.
     */
    static String decode(byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, decoded, true);
        String text = decoded.flip().toString();
        if (result.isError()) {
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            int column = text.length() - text.lastIndexOf('\n');
            throw new InputException(String.format(Locale.ROOT, "expected UTF-8 text, got bytes that are not UTF-8 "
                    + "(0x%02X)", bytes[in.position()] & 0xFF), line, column);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException("expected text, got a binary file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
