package org.claimcheck.check.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Named;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.claimcheck.io.InputText;
import org.claimcheck.json.JsonTree;
import org.claimcheck.unit.Unit;

/**
 * Reads a Hugging Face {@code config.json} of a supported {@link ModelFamily} into an {@link Architecture}. Fields
 * the family's config class defaults (key/value heads, head_dim, biases, tied embeddings, DeepSeek's dense-layer
 * settings) may be absent; the architecture's sources then say which default was used. The problems of a config —
 * fields missing, mistyped or out of range, rules between fields broken, counts that overflow 64 bits — are raised
 * together as one {@link CheckException} of reason INVALID_INPUT, each problem a line starting with the cited path.
 */
public final class ModelConfigReader {

    /** Context length for FLOPs when the config states no pre-training length (issue 3), in tokens. */
    public static final long DEFAULT_CONTEXT_TOKENS = 4096;

    /**
     * Architectures already read, by the file's path and text; a config that cannot be read is never kept. The key is
     * a list, not the {@link InputText} record: a record's generated equals and hashCode run through method handles,
     * which a cold JVM links and compiles at some cost, for a map looked up a few times per claim.
     */
    private static final Map<List<String>, Architecture> READ = new ConcurrentHashMap<>();
    /** Enough for every model of a library several times over; past it, configs are read each time again. */
    private static final int MAX_REMEMBERED = 256;

    private ModelConfigReader() {
    }

    /**
     * Reads and checks a config file given outside any claims tree (a regular file within the config size limit),
     * reporting every problem of the file at once.
     *
     * @param file      the file to read
     * @param citedPath the path as messages and sources cite it
     * @throws CheckException INVALID_INPUT naming the file (and line and column where it applies); for a JSON object,
     *                        one problem per field that is missing, mistyped or inconsistent with the others
     */
    public static Architecture read(Path file, String citedPath) throws CheckException {
        try {
            return read(InputReader.unlogged().read(file, citedPath, InputLimit.CONFIG_JSON));
        } catch (InputException e) {
            throw CheckException.invalid(citedPath + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
    }

    /**
     * Checks a config that was read. A config that several checks of a run use is checked once: the architecture of
     * the same path and the same text is remembered (it is a value, and reading it again would give an equal one).
     *
     * @param file the config's text, with its path as messages and sources cite it
     * @throws CheckException INVALID_INPUT naming the file (and line and column for malformed JSON); for a JSON object,
     *                        one problem per field that is missing, mistyped or inconsistent with the others
     */
    public static Architecture read(InputText file) throws CheckException {
        List<String> key = List.of(file.display(), file.text());
        Architecture known = READ.get(key);
        if (known != null) {
            return known;
        }
        Architecture model = read(parse(file.text(), file.display()), file.display());
        if (READ.size() < MAX_REMEMBERED) {
            READ.putIfAbsent(key, model);
        }
        return model;
    }

    /**
     * Checks a parsed config object: first each field and the rules between fields, then that the counts fit in 64
     * bits (which needs a consistent architecture to compute them).
     *
     * @throws CheckException INVALID_INPUT listing every problem, one per field
     */
    static Architecture read(JsonNode root, String citedPath) throws CheckException {
        Architecture model = build(root, citedPath);
        if (!OverflowFields.fits(model)) {
            throw CheckException.invalid(OverflowFields.problems(root, citedPath, trial -> build(trial, citedPath)));
        }
        return model;
    }

    private static Architecture build(JsonNode root, String citedPath) throws CheckException {
        ConfigJson config = new ConfigJson(root, citedPath);
        ModelFamily family = family(config);
        long vocab = config.count("vocab_size", 1, Unit.TOKENS);
        long hidden = config.count("hidden_size", 1, Unit.CHANNELS);
        long layers = config.count("num_hidden_layers", 1, Unit.LAYERS);
        FamilyRules rules = family.rules();
        boolean tied = config.flag("tie_word_embeddings", rules.tiedByDefault(), "default "
                + rules.tiedByDefault() + " in this family's config class");
        Attention attention = rules.latentAttention() ? AttentionReader.latentAttention(config, rules, hidden)
                : AttentionReader.groupedQueryAttention(config, rules, hidden);
        MixtureOfExperts experts = ExpertsReader.experts(config, family, layers);
        long denseWidth = denseIntermediate(config, experts, layers);
        boolean mlpBias = !rules.mlpBias().isEmpty() && config.flag("mlp_bias", false, rules.mlpBias());
        long mtp = rules.mtpLayers() ? config.countOr("num_nextn_predict_layers", 0, Unit.LAYERS, 0,
                "no multi-token-prediction module") : 0;
        WindowReader.Windows windows = WindowReader.windows(config, rules, layers);
        StorageFormat weights = WindowReader.weightFormat(config);
        long context = contextTokens(config);
        config.throwProblems();
        return new Architecture(citedPath, family, vocab, hidden, layers, tied, attention, denseWidth, mlpBias,
                experts, mtp, context, windows.tokens(), windows.layers(), weights, config.fieldsRead());
    }

    /** The family of {@code model_type}; without one, no other field can be read, as the family gives their meaning. */
    private static ModelFamily family(ConfigJson config) throws CheckException {
        String supported = Named.oneOf(ModelFamily.class);
        String type = config.text("model_type", supported);
        Optional<ModelFamily> family = Named.byId(ModelFamily.class, type);
        if (family.isEmpty()) {
            config.rule(false, "model_type", supported, "\"" + type + "\"");
            config.throwProblems();
        }
        return family.orElseThrow();
    }

    private static JsonNode parse(String text, String citedPath) throws CheckException {
        JsonNode root;
        try {
            root = JsonTree.parse(text);
        } catch (JsonEOFException e) {
            throw CheckException.invalid(at(citedPath, e.getLocation())
                    + "expected a complete JSON object, got the end of the file");
        } catch (StreamReadException e) {
            throw CheckException.invalid(at(citedPath, e.getLocation()) + "expected valid JSON, got "
                    + JsonTree.firstLine(e, "a syntax error"));
        } catch (JsonProcessingException e) {
            throw CheckException.invalid(citedPath + ": expected valid JSON, got " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            String got = root == null || root.isMissingNode() ? "an empty file" : "a JSON " + root.getNodeType()
                    .name().toLowerCase(Locale.ROOT);
            throw CheckException.invalid(citedPath + ": expected a JSON object, got " + got);
        }
        return root;
    }

    private static String at(String citedPath, JsonLocation location) {
        return location == null ? citedPath + ": "
                : String.format(Locale.ROOT, "%s:%d:%d: ", citedPath, location.getLineNr(), location.getColumnNr());
    }

    /** {@code intermediate_size} when some layer has a dense MLP; 0, and not read, when every layer has experts. */
    private static long denseIntermediate(ConfigJson config, MixtureOfExperts experts, long layers) {
        if (experts.present() && experts.moeLayersIn(0, layers) == layers) {
            return 0;
        }
        return config.count("intermediate_size", 1, Unit.CHANNELS);
    }

    private static long contextTokens(ConfigJson config) {
        var stated = config.nestedCount("rope_scaling", "original_max_position_embeddings", Unit.TOKENS);
        if (stated.isPresent()) {
            config.rule(stated.get() <= ModelInputs.MAX_CONTEXT_TOKENS, "rope_scaling.original_max_position_embeddings",
                    "an integer in [1, " + ModelInputs.MAX_CONTEXT_TOKENS + "], the longest context the checks take",
                    Long.toString(stated.get()));
            return stated.get();
        }
        return config.assumed("default context", DEFAULT_CONTEXT_TOKENS, Unit.TOKENS, new Source("claimcheck",
                "issue 3: 4096 tokens when the config states no pre-training length"));
    }
}
