package org.claimcheck.claim.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;

/**
 * Reads the library folder: {@code sources.yaml} (the documents sources cite), {@code facts/*.yaml} and the model
 * folders {@code models/NAME/config.json}.
 */
public final class LibraryLoader {

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
        Map<String, Document> documents = DocumentReader.read(folder.resolve("sources.yaml"), tree, folder, problems);
        Map<String, Fact> facts = new LinkedHashMap<>();
        FactFileLoader loader = new FactFileLoader(tree, folder, display);
        // files are parsed side by side, each with its own list of problems, then taken in file order
        List<FactFile> files = yamlFiles(folder.resolve("facts")).parallelStream().map(file -> {
            List<Problem> own = new ArrayList<>();
            String fileDisplay = tree.display(file);
            return new FactFile(fileDisplay, loader.load(file, fileDisplay, own), own);
        }).toList();
        for (FactFile file : files) {
            problems.addAll(file.problems());
            String fileDisplay = file.display();
            for (Fact fact : file.facts()) {
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

    /** One fact file's facts and the problems met reading it. */
    private record FactFile(String display, List<Fact> facts, List<Problem> problems) {
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
