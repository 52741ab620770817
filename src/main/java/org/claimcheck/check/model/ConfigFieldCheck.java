package org.claimcheck.check.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.io.InputText;
import org.claimcheck.json.JsonTree;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code model.config-field}: the number a library model's {@code config.json} states at a field path
 * ({@code kv_lora_rank}, {@code rope_scaling.factor}, {@code layer_types.0} or the JSON pointer
 * {@code /rope_scaling/factor}), cited as the file and that path. Nothing is derived: the config's own figure.
 */
final class ConfigFieldCheck implements Check {

    private static final Parameter FIELD = Parameter.required("field", "a field path of the config",
            "the field to read: names joined by dots (rope_scaling.factor; a list index is a number), or a JSON "
                    + "pointer (/rope_scaling/factor)");
    private static final Parameter UNIT = Parameter.optional("unit", "a unit symbol (tokens, channels, layers …)",
            "the unit of the field's number; default count");

    @Override
    public String kind() {
        return "model.config-field";
    }

    @Override
    public String summary() {
        return "a numeric field of a library model's config.json, read as stated, in the unit given";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG, FIELD, UNIT);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        InputText config = context.modelConfig(parameters.string(ModelInputs.CONFIG.name()));
        String path = parameters.string(FIELD.name());
        Unit unit = unit(parameters);
        JsonNode node = root(config).at(pointer(path));
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw CheckException.invalid(String.format(Locale.ROOT, "field: expected a numeric field of %s, got %s",
                    config.display(), node.isMissingNode() ? "no field " + path : node.toString() + " at " + path));
        }
        double value = node.asDouble();
        SourcedValue read = new SourcedValue(path, value, unit, Source.file(config.display(), path));
        return Measurement.of(Quantity.of(value, unit), List.of(read), List.of(String.format(Locale.ROOT,
                "%s states %s = %s (%s)", config.display(), path, node.toString(), unit.symbol())));
    }

    private static Unit unit(Parameters parameters) throws CheckException {
        String given = parameters.optionalString(UNIT.name()).orElse(Unit.COUNT.symbol());
        return Unit.bySpelling(given).orElseThrow(() -> CheckException.invalid("unit: expected one of "
                + String.join(", ", Unit.symbols()) + ", got \"" + given + "\""));
    }

    /** A dotted path or a JSON pointer as a pointer; each dotted name becomes one step. */
    private static JsonPointer pointer(String path) throws CheckException {
        String pointer = path.startsWith("/") ? path
                : "/" + String.join("/", path.replace("~", "~0").replace("/", "~1").split("\\.", -1));
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw CheckException.invalid("field: expected a field path of the config, got \"" + path + "\"");
        }
    }

    private static JsonNode root(InputText config) throws CheckException {
        try {
            return JsonTree.parse(config.text());
        } catch (JsonProcessingException e) {
            throw CheckException.invalid(config.display() + ": expected valid JSON, got " + e.getOriginalMessage());
        }
    }
}
