package org.claimcheck.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Suggestions;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputText;

/**
 * The checks' view of a library. Results of checks are kept for the audit's length, so an experiment that several
 * claims use runs once; checks are deterministic, so this changes no result. Safe for use by several threads.
 */
public final class LibraryContext implements CheckContext {

    private final Library library;
    private final ClaimsTree tree;
    private final CheckRegistry registry;
    private final Map<String, FutureTask<Measurement>> measured = new ConcurrentHashMap<>();

    public LibraryContext(Library library, ClaimsTree tree, CheckRegistry registry) {
        this.library = library;
        this.tree = tree;
        this.registry = registry;
    }

    @Override
    public Fact fact(String qualifiedName) throws CheckException {
        return library.fact(qualifiedName).orElseThrow(() -> CheckException.invalid("fact: expected a fact of the "
                + "library, got \"" + qualifiedName + "\"" + Suggestions.didYouMean(qualifiedName, library.factNames())));
    }

    @Override
    public Optional<Fact> optionalFact(String qualifiedName) {
        return library.fact(qualifiedName);
    }

    @Override
    public List<String> factNames() {
        return library.factNames();
    }

    @Override
    public List<String> models() {
        return library.models();
    }

    @Override
    public InputText modelConfig(String modelName) throws CheckException {
        if (!library.models().contains(modelName)) {
            throw CheckException.invalid("config: expected a model of the library (" + Suggestions.oneOf(
                    library.models()) + "), got \"" + modelName + "\"" + Suggestions.didYouMean(modelName,
                    library.models()));
        }
        return read(tree.library().resolve("models").resolve(modelName).resolve("config.json"),
                InputLimit.CONFIG_JSON);
    }

    @Override
    public InputText libraryFile(String relativePath) throws CheckException {
        Path folder = tree.library().normalize();
        Path resolved = folder.resolve(relativePath).normalize();
        if (!resolved.startsWith(folder)) {
            throw CheckException.invalid("expected a file inside " + library.folder() + ", got \"" + relativePath
                    + "\"");
        }
        return read(resolved, InputLimit.FIGURE_JSON);
    }

    /** A file of the tree; what keeps it from being read is an error of the input, placed in the file. */
    private InputText read(Path file, InputLimit limit) throws CheckException {
        try {
            return tree.read(file, limit);
        } catch (InputException e) {
            throw CheckException.invalid(tree.display(file) + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Runs a check once per kind and parameters for the whole audit, whichever thread asks first; the others wait for
     * its result. Checks are deterministic, so sharing a result changes nothing but the time taken.
     */
    @Override
    public Measurement measure(String kind, Parameters parameters) throws CheckException {
        String key = kind + " " + new TreeMap<>(parameters.asMap());
        FutureTask<Measurement> task = new FutureTask<>(() -> {
            Check check = check(registry, kind);
            checkNames(check, parameters);
            return check.run(this, parameters);
        });
        FutureTask<Measurement> shared = measured.putIfAbsent(key, task);
        if (shared == null) {
            shared = task;
            task.run();
        }
        try {
            return shared.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CheckException checkException) {
                throw checkException;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        }
    }

    /** The check of this kind. @throws CheckException INVALID_INPUT listing the nearest kinds */
    static Check check(CheckRegistry registry, String kind) throws CheckException {
        return registry.find(kind).orElseThrow(() -> CheckException.invalid("check: expected a known check kind ("
                + Suggestions.oneOf(registry.kinds()) + "), got \"" + kind + "\""
                + Suggestions.didYouMean(kind, registry.kinds())));
    }

    /** Unknown and missing parameter names of a check call, as one message each. */
    static List<String> nameProblems(Check check, Set<String> given) {
        List<String> problems = new ArrayList<>();
        List<String> declared = check.parameters().stream().map(Parameter::name).toList();
        for (String name : new java.util.TreeSet<>(given)) {
            if (!declared.contains(name)) {
                problems.add("with." + name + ": expected a parameter of " + check.kind() + " ("
                        + (declared.isEmpty() ? "it takes none" : Suggestions.oneOf(declared)) + "), got \"" + name
                        + "\"" + Suggestions.didYouMean(name, declared));
            }
        }
        check.parameters().stream().filter(p -> p.required() && !given.contains(p.name())).forEach(p ->
                problems.add("with." + p.name() + ": expected " + p.type() + " (" + p.description() + "), got nothing"));
        return problems;
    }

    private static void checkNames(Check check, Parameters parameters) throws CheckException {
        List<String> problems = nameProblems(check, parameters.names());
        if (!problems.isEmpty()) {
            throw CheckException.invalid(String.join("; ", problems));
        }
    }
}
