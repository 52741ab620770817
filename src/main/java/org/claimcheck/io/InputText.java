package org.claimcheck.io;

import java.util.Objects;

/**
 * The text of one input file as it was read.
 *
 * @param display the file's path as reports show it
 * @param text    its content, decoded from UTF-8, without a leading byte-order mark
 * @param sha256  the SHA-256 of its bytes as read, 64 lower-case hexadecimal digits
 */
public record InputText(String display, String text, String sha256) {

    public InputText {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(text, "text");
        if (!(sha256 != null && sha256.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits, got " + sha256);
        }
    }
}
