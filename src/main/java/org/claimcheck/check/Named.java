package org.claimcheck.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A constant of a closed set that claim files name by a spelling of its own ({@code tile-1x128}, {@code E4M3}), and
 * the one lookup of such spellings. Spellings match ignoring case and surrounding white space.
 */
public interface Named {

    /** The spelling claim files and the command line use. */
    String id();

    /** The constant of {@code type} spelled {@code id}, if any. */
    static <E extends Enum<E> & Named> Optional<E> byId(Class<E> type, String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Every spelling of {@code type}, in declaration order, for parameter documentation and messages. */
    static <E extends Enum<E> & Named> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::id).toList();
    }

    /** "one of a, b, c": the spellings of {@code type}, as parameter documentation words them. */
    static <E extends Enum<E> & Named> String oneOf(Class<E> type) {
        return "one of " + String.join(", ", ids(type));
    }
}
