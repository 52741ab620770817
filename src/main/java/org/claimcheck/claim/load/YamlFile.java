package org.claimcheck.claim.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into SnakeYAML's node tree, which keeps the position of every value. Guards against hostile
 * files: bounded size, bounded aliases, no custom tags, strict UTF-8.
 */
final class YamlFile {

    /** Larger claim files are refused: a claim file is written by hand. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_ALIASES = 20;

    private YamlFile() {
    }

    /**
     * The root node, or empty with the reason added to {@code problems}.
     *
     * @param path    the file
     * @param display its path as reports show it
     */
    static Optional<Node> parse(Path path, String display, List<Problem> problems) {
        Optional<String> text = readUtf8(path, display, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(50);
        try {
            Node root = new Yaml(options).compose(new StringReader(text.get()));
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

    /** The text of a file that must be UTF-8, or empty with a problem. */
    static Optional<String> readUtf8(Path path, String display, List<Problem> problems) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                problems.add(new Problem(SourceLocation.startOf(display), "", "expected a file of at most "
                        + MAX_BYTES + " bytes, got " + Files.size(path)));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                problems.add(new Problem(SourceLocation.startOf(display), "", "expected text, got a binary file"));
                return Optional.empty();
            }
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected UTF-8 text, got bytes that are "
                    + "not UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.startOf(display), "", "expected a readable file, got "
                    + oneLine(String.valueOf(e.getMessage()))));
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
