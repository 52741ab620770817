package org.claimcheck.check;

import java.util.Objects;

/**
 * One parameter of a check, as documented for claim authors.
 *
 * @param name        the key in a claim's {@code with:} map, snake_case
 * @param type        what it accepts, in words ("a model name of the library", "an integer in [1, 1048576]")
 * @param required    whether a claim must give it
 * @param description what it means, with its default when not required
 */
public record Parameter(String name, String type, boolean required, String description) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    public static Parameter required(String name, String type, String description) {
        return new Parameter(name, type, true, description);
    }

    public static Parameter optional(String name, String type, String description) {
        return new Parameter(name, type, false, description);
    }
}
