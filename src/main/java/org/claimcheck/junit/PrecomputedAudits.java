package org.claimcheck.junit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.verdict.AuditResult;

/**
 * Audit results handed to the engine by the command line, so that writing JUnit XML through the JUnit Platform does
 * not run the audit a second time. Keyed by the configuration parameter {@link #KEY}.
 */
final class PrecomputedAudits {

    /** The configuration parameter that names a precomputed result. */
    static final String KEY = "claimcheck.precomputed";
    private static final Map<String, AuditResult> RESULTS = new ConcurrentHashMap<>();

    private PrecomputedAudits() {
    }

    static void put(String key, AuditResult result) {
        RESULTS.put(key, result);
    }

    static Optional<AuditResult> get(String key) {
        return Optional.ofNullable(RESULTS.get(key));
    }

    static void remove(String key) {
        RESULTS.remove(key);
    }
}
