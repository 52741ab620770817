package org.claimcheck.claim.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.json.JsonTree;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one facts file of the library: a {@code namespace} and {@code facts}, each with a {@code name}, exactly one of
 * {@code figure}, {@code from} (a number of a JSON figures file), {@code property} or {@code not_stated}, a
 * {@code source} and an optional {@code note}.
 */
final class FactFileLoader {

    static final Set<String> FILE_FIELDS = Set.of("namespace", "facts");
    static final Set<String> FACT_FIELDS =
            Set.of("name", "figure", "from", "property", "not_stated", "source", "note");
    static final Set<String> FROM_FIELDS = Set.of("file", "pointer", "unit", "scale");

    private final ClaimsTree tree;
    private final Path libraryFolder;
    private final String libraryDisplay;
    /** JSON files already read; fact files are loaded side by side, so several threads use it. */
    private final Map<Path, JsonNode> jsonFiles = new ConcurrentHashMap<>();

    FactFileLoader(ClaimsTree tree, Path libraryFolder, String libraryDisplay) {
        this.tree = tree;
        this.libraryFolder = libraryFolder;
        this.libraryDisplay = libraryDisplay;
    }

    /** The facts of one file; facts with problems are left out. */
    List<Fact> load(Path file, String display, List<Problem> problems) {
        List<Fact> facts = new ArrayList<>();
        Optional<Fields> root = YamlFile.parse(tree, file, problems)
                .flatMap(node -> Fields.of(display, "", node, problems));
        if (root.isEmpty()) {
            return facts;
        }
        root.get().allowOnly(FILE_FIELDS);
        Optional<String> namespace = root.get().string("namespace", true);
        List<Node> items = root.get().list("facts", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<Fields> fields = Fields.of(display, "facts[" + i + "]", items.get(i), problems);
            if (fields.isPresent() && namespace.isPresent()) {
                readFact(namespace.get(), fields.get()).ifPresent(facts::add);
            }
        }
        return facts;
    }

    private Optional<Fact> readFact(String namespace, Fields fields) {
        int before = fields.problems().size();
        fields.allowOnly(FACT_FIELDS);
        Optional<String> name = fields.string("name", true);
        Optional<Source> source = SourceReader.readOne(fields, "source", true);
        String note = fields.string("note", false).orElse("");
        long kinds = Set.of("figure", "from", "property", "not_stated").stream().filter(fields::has).count();
        Optional<Fact.Value> value = Optional.empty();
        if (kinds != 1) {
            fields.problems().add(new Problem(fields.location(), fields.path(),
                    "expected exactly one of figure, from, property or not_stated, got " + kinds));
        } else {
            value = readValue(fields);
        }
        if (fields.problems().size() > before || name.isEmpty() || source.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(namespace + "." + name.get(), value.get(), source.get(), note));
    }

    private Optional<Fact.Value> readValue(Fields fields) {
        if (fields.has("property")) {
            return fields.string("property", true).map(Fact.Property::new);
        }
        if (fields.has("not_stated")) {
            return fields.string("not_stated", true).map(Fact.NotStated::new);
        }
        if (fields.has("figure")) {
            Optional<String> text = fields.string("figure", true);
            Optional<String> problem = text.flatMap(FigureParser::problem);
            if (problem.isPresent()) {
                fields.report("figure", "expected " + problem.get() + ", got \"" + text.get() + "\"");
                return Optional.empty();
            }
            return text.flatMap(FigureParser::parse).map(figure -> new Fact.Figure(figure.quantity()));
        }
        return fields.mapping("from", true).flatMap(this::readFrom);
    }

    /** {@code from: {file: figures/x.json, pointer: /a/b, unit: GPU-hours, scale: 1000}}. */
    private Optional<Fact.Value> readFrom(Fields from) {
        from.allowOnly(FROM_FIELDS);
        Optional<String> file = from.string("file", true);
        Optional<String> pointer = from.string("pointer", true);
        Optional<Unit> unit = from.string("unit", true).flatMap(text -> Unit.bySpelling(text).isPresent()
                ? Unit.bySpelling(text)
                : from.problem("unit", from.node("unit").orElseThrow(), "a known unit (" + String.join(", ",
                Unit.symbols()) + ")"));
        double scale = from.number("scale", false).orElse(1.0);
        if (file.isEmpty() || pointer.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> json = json(from, file.get());
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = json.get().at(pointer.get().startsWith("/") ? pointer.get() : "/" + pointer.get());
        if (!value.isNumber()) {
            from.report("pointer", "expected a JSON pointer to a number in " + file.get() + ", got "
                    + (value.isMissingNode() ? "no such entry" : "a " + value.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT)));
            return Optional.empty();
        }
        return Optional.of(new Fact.Figure(Quantity.of(value.asDouble() * scale, unit.get())));
    }

    private Optional<JsonNode> json(Fields from, String relative) {
        Path resolved = libraryFolder.resolve(relative).normalize();
        if (!resolved.startsWith(libraryFolder.normalize())) {
            from.report("file", "expected a file inside " + libraryDisplay + ", got \"" + relative + "\"");
            return Optional.empty();
        }
        JsonNode known = jsonFiles.get(resolved);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            // two threads may read the same file at once: they parse the same bytes to equal trees
            JsonNode json = JsonTree.parse(tree.read(resolved, InputLimit.FIGURE_JSON).text());
            jsonFiles.putIfAbsent(resolved, json);
            return Optional.of(json);
        } catch (InputException e) {
            from.report("file", relative + ": " + e.getMessage());
        } catch (JsonProcessingException e) {
            from.report("file", "expected valid JSON in " + relative + ", got " + JsonTree.firstLine(e, "an error")
                    + JsonTree.at(e));
        }
        return Optional.empty();
    }
}
