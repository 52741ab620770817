package org.claimcheck.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claim.Source;
import org.claimcheck.io.InputText;
import org.claimcheck.json.JsonTree;
import org.claimcheck.unit.Unit;

/**
 * One JSON figure file of the claims library, read with Jackson, whose numbers come back with their source: the
 * document key and locator the file itself gives, followed by the file and the JSON path read.
 */
public final class FigureFile {

    /** Numbers transcribed from the DeepSeek-V3 technical report (document key R). */
    public static final String REPORT = "figures/deepseek-v3-report-figures.json";
    /** Baseline figures from other documents (Llama model cards, Wired, DualPipe and EPLB READMEs, H800 pages). */
    public static final String BASELINES = "figures/external-baseline-figures.json";

    private final String cited;
    private final JsonNode root;

    private FigureFile(String cited, JsonNode root) {
        this.cited = cited;
        this.root = root;
    }

    /**
     * Reads a figure file of the library.
     *
     * @throws CheckException INVALID_INPUT when the file is missing or is not JSON
     */
    public static FigureFile load(CheckContext context, String relativePath) throws CheckException {
        InputText file = context.libraryFile(relativePath);
        try {
            return new FigureFile(file.display(), JsonTree.parse(file.text()));
        } catch (JsonProcessingException e) {
            throw CheckException.invalid(relativePath + ": expected a JSON figure file, got "
                    + JsonTree.firstLine(e, "an error") + JsonTree.at(e));
        }
    }

    /** The node at a path of object keys and array indexes (decimal strings); UNSTATED when there is none. */
    private JsonNode node(String... path) throws CheckException {
        JsonNode node = root;
        for (String key : path) {
            node = node.isArray() && key.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(key))
                    : node.path(key);
        }
        if (node.isMissingNode() || node.isNull()) {
            throw CheckException.unstated(cited + " states nothing at " + String.join(".", path));
        }
        return node;
    }

    /** A number at a path. @throws CheckException UNSTATED when it is missing or not a number */
    public double number(String... path) throws CheckException {
        JsonNode node = node(path);
        if (!node.isNumber()) {
            throw CheckException.unstated(cited + ": " + String.join(".", path) + " is not a number: " + node);
        }
        return node.doubleValue();
    }

    /** The keys of an object at a path, in file order. @throws CheckException UNSTATED when it is not an object */
    public List<String> keys(String... path) throws CheckException {
        JsonNode node = node(path);
        if (!node.isObject()) {
            throw CheckException.unstated(cited + ": " + String.join(".", path) + " is not an object: " + node);
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** An array of numbers at a path. @throws CheckException UNSTATED when it is not an array of numbers */
    public double[] numbers(String... path) throws CheckException {
        JsonNode node = node(path);
        if (!node.isArray()) {
            throw CheckException.unstated(cited + ": " + String.join(".", path) + " is not an array: " + node);
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            if (!node.get(i).isNumber()) {
                throw CheckException.unstated(cited + ": " + String.join(".", path) + " holds a non-number: " + node);
            }
            values[i] = node.get(i).doubleValue();
        }
        return values;
    }

    /** A text at a path. @throws CheckException UNSTATED when it is missing or not text */
    public String text(String... path) throws CheckException {
        JsonNode node = node(path);
        if (!node.isTextual()) {
            throw CheckException.unstated(cited + ": " + String.join(".", path) + " is not text: " + node);
        }
        return node.textValue();
    }

    /**
     * A number at a path, multiplied by {@code scale} (for a table in thousands or billions), with its source.
     *
     * @param name     what the number is, for reports
     * @param unit     its unit after scaling
     * @param scale    factor from the file's number to {@code unit}, e.g. 1e3 for "thousands"
     * @param document the document key the file names (R, L31, …)
     * @param locator  section, table and page as the file and FACTS.md give them
     * @throws CheckException UNSTATED when the number is missing
     */
    public SourcedValue value(String name, Unit unit, double scale, String document, String locator, String... path)
            throws CheckException {
        return new SourcedValue(name, number(path) * scale, unit, source(document, locator, path));
    }

    /**
     * The first decimal number that {@code pattern} captures (group 1) in a text at a path, with its source.
     *
     * @throws CheckException UNSTATED when the text is missing or does not state the number in that form
     */
    public SourcedValue valueInText(String name, Unit unit, double scale, Pattern pattern, int group,
                                    String document, String locator, String... path) throws CheckException {
        String text = text(path);
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw CheckException.unstated(cited + ": " + String.join(".", path) + " does not state " + name
                    + " (\"" + text + "\")");
        }
        return new SourcedValue(name, Double.parseDouble(matcher.group(group)) * scale, unit,
                source(document, locator, path));
    }

    /** The source of a value read at a path: the document's locator, then the file and path it was read from. */
    public Source source(String document, String locator, String... path) {
        return new Source(document, locator + " (" + cited + ": " + String.join(".", path) + ")");
    }
}
