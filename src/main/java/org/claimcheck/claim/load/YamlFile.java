package org.claimcheck.claim.load;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into SnakeYAML's node tree, which keeps the position of every value. Guards against hostile
 * files: regular files only, bounded size, bounded aliases, no custom tags, strict UTF-8 (the reading is the
 * {@link ClaimsTree}'s or, for a file outside any tree, an {@link InputReader}'s).
 */
final class YamlFile {

    /** No more code points than the YAML size limit has bytes. */
    private static final int MAX_BYTES = (int) InputLimit.YAML_FILE.maxBytes();
    private static final int MAX_ALIASES = 20;

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
     * The root node of a YAML text, or empty with the reason added to {@code problems}.
     *
     * @param display the path of the file it was read from, as reports show it
     */
    static Optional<Node> parse(String text, String display, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(50);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(new Problem(SourceLocation.startOf(display), "", "expected a YAML mapping, got an empty file"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(at(display, e.getProblemMark()), "", "expected valid YAML, got "
                    + oneLine(e.getProblem())));
        } catch (YAMLException e) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected valid YAML, got "
                    + oneLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The 1-based location of a SnakeYAML mark (0-based line and column). */
    static SourceLocation at(String display, Mark mark) {
        return mark == null ? SourceLocation.startOf(display)
                : new SourceLocation(display, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "an unreadable document" : text.strip().replaceAll("\\s+", " ");
    }
}
