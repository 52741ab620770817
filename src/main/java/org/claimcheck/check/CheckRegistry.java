package org.claimcheck.check;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one explicit list of checks that claim files may name. No classpath scanning: a check exists for claims when,
 * and only when, its domain lists it and {@code org.claimcheck.audit.Checks#registry()} gathers the domains' lists.
 */
public final class CheckRegistry {

    private final Map<String, Check> byKind;

    private CheckRegistry(Map<String, Check> byKind) {
        this.byKind = byKind;
    }

    /**
     * A registry of these checks.
     *
     * @throws IllegalArgumentException when two checks share a kind
     */
    public static CheckRegistry of(List<Check> checks) {
        Map<String, Check> byKind = new LinkedHashMap<>();
        for (Check check : checks) {
            if (byKind.putIfAbsent(check.kind(), check) != null) {
                throw new IllegalArgumentException("two checks of kind " + check.kind());
            }
        }
        return new CheckRegistry(byKind);
    }

    public Optional<Check> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Collection<Check> all() {
        return byKind.values();
    }

    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }
}
