package org.claimcheck.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shared library of the claims tree: documents that sources cite, facts, and model names.
 *
 * @param folder    path of the library folder relative to the repository root
 * @param documents document key → the document, as {@code sources.yaml} lists it
 * @param facts     qualified name → fact
 * @param models    names of the models whose config.json the library holds
 */
public record Library(String folder, Map<String, Document> documents, Map<String, Fact> facts, List<String> models) {

    public Library {
        Objects.requireNonNull(folder, "folder");
        documents = Map.copyOf(documents);
        facts = Map.copyOf(facts);
        models = List.copyOf(models);
    }

    public Optional<Fact> fact(String qualifiedName) {
        return Optional.ofNullable(facts.get(qualifiedName));
    }

    /** Fact names in alphabetical order. */
    public List<String> factNames() {
        return List.copyOf(new TreeMap<>(facts).keySet());
    }
}
