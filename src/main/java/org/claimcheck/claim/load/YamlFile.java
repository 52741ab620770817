package org.claimcheck.claim.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * Reads one YAML 1.2 file into snakeyaml-engine's node tree, which keeps the position of every value. Guards against
 * hostile files: regular files only, bounded size, bounded aliases, bounded nesting, no custom tags, strict UTF-8 (the
 * reading is the {@link ClaimsTree}'s or, for a file outside any tree, an {@link InputReader}'s).
 *
 * <p>Plain scalars are typed by the JSON schema of YAML 1.2 (§10.2), the strictest of its schemas: only {@code true}
 * and {@code false} are booleans, only {@code null} and an empty value are null, and only numbers written as JSON
 * writes them ({@code 12}, {@code -0.5}, {@code 1e3}) are numbers; anything else plain is text. YAML 1.1 (and
 * SnakeYAML 1.x) read {@code yes}, {@code on}, {@code y} as booleans, {@code 0x1F}, {@code 1_000}, {@code 017} (octal
 * 15) and {@code 12:30} (750) as numbers and {@code 2025-01-15} as a date, so one word could change a verdict
 * unseen. The Core schema would still type {@code True}, {@code ~}, {@code 0x1F}, {@code 0o17}, {@code +12} and
 * {@code .inf}, and read {@code 017} as 17 where a YAML 1.1 tool reads 15. Under the JSON schema each of these is text:
 * a text field reads it as written, and a field that wants a boolean or a number reports it ({@link Fields}).
 */
final class YamlFile {

    /** No more code points than the YAML size limit has bytes. */
    private static final int MAX_BYTES = (int) InputLimit.YAML_FILE.maxBytes();
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 50;

    private YamlFile() {
    }

    /**
     * The root node of a file of the tree, or empty with the reason added to {@code problems}.
     *
     * @param tree the claims tree, which reads the file (regular files inside it only, within the YAML size limit)
     * @param file the file
     */
    static Optional<Node> parse(ClaimsTree tree, Path file, List<Problem> problems) {
        return tree.read(file, InputLimit.YAML_FILE, problems).flatMap(text -> parse(text, tree.display(file),
                problems));
    }

    /**
     * The root node of a file given outside any tree, or empty with the reason added to {@code problems}.
     *
     * @param display the file's path as reports show it
     */
    static Optional<Node> parse(Path file, String display, List<Problem> problems) {
        try {
            return parse(InputReader.unlogged().read(file, display, InputLimit.YAML_FILE).text(), display, problems);
        } catch (InputException e) {
            problems.add(new Problem(new SourceLocation(display, e.line(), e.column()), "", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The root node of a YAML text, or empty with the reasons added to {@code problems}. A text whose tree is ambiguous
     * (see {@link NodeTreeCheck}) is not read further, as with a syntax error: every such problem is reported, and none
     * of its values can reach a verdict.
     *
     * @param display the path of the file it was read from, as reports show it
     */
    static Optional<Node> parse(String text, String display, List<Problem> problems) {
        Optional<Node> root = compose(text, display, problems);
        if (root.isEmpty()) {
            return root;
        }
        List<Problem> ambiguities = NodeTreeCheck.problems(display, root.get());
        problems.addAll(ambiguities);
        return ambiguities.isEmpty() ? root : Optional.empty();
    }

    private static Optional<Node> compose(String text, String display, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new JsonSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setLabel(display)
                .build();
        try {
            DepthLimitedParser parser = new DepthLimitedParser(
                    new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH);
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
            if (root.isEmpty()) {
                problems.add(new Problem(SourceLocation.startOf(display), "", "expected a YAML mapping, got an empty "
                        + "file"));
            }
            return root;
        } catch (DepthLimitedParser.TooDeepException e) {
            problems.add(new Problem(at(display, e.mark()), "", e.getMessage()));
        } catch (MarkedYamlEngineException e) {
            problems.add(new Problem(at(display, e.getProblemMark()), "", "expected valid YAML, got "
                    + oneLine(e.getProblem())));
        } catch (YamlEngineException e) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected valid YAML, got "
                    + oneLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The 1-based location of a snakeyaml-engine mark (0-based line and column), or the file's start without one. */
    static SourceLocation at(String display, Optional<Mark> mark) {
        return mark.map(m -> new SourceLocation(display, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(display));
    }

    private static String oneLine(String text) {
        return text == null ? "an unreadable document" : text.strip().replaceAll("\\s+", " ");
    }
}
