package org.claimcheck.claim.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the library folder: {@code sources.yaml} (the documents sources cite), {@code facts/*.yaml} and the model
 * folders {@code models/NAME/config.json}.
 */
public final class LibraryLoader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "origin", "file");

    private LibraryLoader() {
    }

    /**
     * Loads a library.
     *
     * @param folder the library folder
     * @param tree   the claims tree, for the paths reports show
     */
    public static Loaded<Library> load(Path folder, ClaimsTree tree) {
        List<Problem> problems = new ArrayList<>();
        String display = tree.display(folder);
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected a library folder with "
                    + "sources.yaml, facts/ and models/, got no such folder"));
            return new Loaded<>(new Library(display, Map.of(), Map.of(), List.of()), problems);
        }
        Map<String, String> documents = readDocuments(folder.resolve("sources.yaml"), tree, problems);
        Map<String, Fact> facts = new LinkedHashMap<>();
        FactFileLoader loader = new FactFileLoader(tree, folder, display);
        for (Path file : yamlFiles(folder.resolve("facts"))) {
            String fileDisplay = tree.display(file);
            for (Fact fact : loader.load(file, fileDisplay, problems)) {
                if (!documents.containsKey(fact.source().document())) {
                    problems.add(new Problem(SourceLocation.startOf(fileDisplay), fact.name() + ".source.document",
                            "expected a document key of sources.yaml (" + Suggestions.oneOf(documents.keySet())
                                    + "), got \"" + fact.source().document() + "\""
                                    + Suggestions.didYouMean(fact.source().document(), documents.keySet())));
                } else if (facts.putIfAbsent(fact.name(), fact) != null) {
                    problems.add(new Problem(SourceLocation.startOf(fileDisplay), fact.name(),
                            "expected a fact name unique in the library, got it twice"));
                }
            }
        }
        return new Loaded<>(new Library(display, documents, facts, models(folder.resolve("models"))), problems);
    }

    private static Map<String, String> readDocuments(Path file, ClaimsTree tree, List<Problem> problems) {
        Map<String, String> documents = new LinkedHashMap<>();
        String display = tree.display(file);
        Optional<Fields> root = YamlFile.parse(tree, file, problems)
                .flatMap(node -> Fields.of(display, "", node, problems));
        root.ifPresent(fields -> fields.allowOnly(Set.of("documents")));
        Optional<Fields> listed = root.flatMap(fields -> fields.mapping("documents", true));
        if (listed.isEmpty()) {
            return documents;
        }
        for (NodeTuple tuple : listed.get().tuples()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Fields.of(display, "documents." + key, tuple.getValueNode(), problems).ifPresent(document -> {
                document.allowOnly(DOCUMENT_FIELDS);
                Optional<String> title = document.string("title", true);
                Optional<String> origin = document.string("origin", true);
                if (title.isPresent() && origin.isPresent()) {
                    documents.put(key, title.get() + " — " + origin.get());
                }
            });
        }
        return documents;
    }

    static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> models(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> Files.isRegularFile(path.resolve("config.json")))
                    .map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
