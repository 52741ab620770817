package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.model.Architecture;
import org.claimcheck.check.model.ModelConfigReader;
import org.claimcheck.check.model.ModelSummary;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.LibraryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code model CONFIG.json}: what a Hugging Face config implies — parameters, FLOPs, KV cache, training state. */
@Command(name = "model",
        description = "Prints what a Hugging Face config.json implies: total and active parameters, FLOPs per "
                + "token, KV cache and training-state bytes.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the config was read",
            "2:the config or an option is invalid; every problem of the config is printed, one a line"})
public final class ModelCommand implements Callable<Integer> {

    /** Longest context accepted, in tokens (2^20), as for the model checks. */
    private static final int MAX_CONTEXT_TOKENS = 1 << 20;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.json", description = "a config.json of model_type llama, mistral, "
            + "mixtral, deepseek_v2 or deepseek_v3")
    private Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Option(names = "--context", paramLabel = "N", description = "context length in tokens for FLOPs and the KV "
            + "cache of one sequence; default the config's pre-training length, else 4096")
    private Integer contextTokens;

    @Option(names = "--kv-precision", paramLabel = "FORMAT|BITS", defaultValue = "BF16",
            description = "width of a cached KV element: a format (BF16, FP16, FP8, FP32) or a number of bits in "
                    + "[1, 64], such as 6; default ${DEFAULT-VALUE}")
    private String kvPrecision;

    @Override
    public Integer call() {
        if (contextTokens != null && (contextTokens < 1 || contextTokens > MAX_CONTEXT_TOKENS)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--context: expected an integer in [1, %d], got %d", MAX_CONTEXT_TOKENS, contextTokens));
        }
        String cited = config.toString().replace('\\', '/');
        try {
            Architecture model = ModelConfigReader.read(config, cited);
            long tokens = contextTokens == null ? model.contextTokens() : contextTokens;
            ModelSummary summary = ModelSummary.of(model, libraryName(config), libraryFacts(config), tokens,
                    kvPrecision);
            if (json) {
                spec.commandLine().getOut().println(summary.toJson());
            } else {
                summary.toTable().stream().map(ConsoleText::escape)
                        .forEach(spec.commandLine().getOut()::println);
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (CheckException e) {
            e.problems().forEach(problem -> spec.commandLine().getErr().println(ConsoleText.escape(problem)));
            spec.commandLine().getErr().flush();
            return ExitCodes.INVALID;
        }
    }

    /**
     * The facts of the library a config belongs to ({@code LIBRARY/models/NAME/config.json}), as far as they load,
     * for what they state about the model; none for a config elsewhere.
     */
    private static Function<String, Optional<Fact>> libraryFacts(Path file) {
        Path models = file.toAbsolutePath().normalize().getParent();
        models = models == null ? null : models.getParent();
        if (models == null || !models.endsWith("models") || models.getParent() == null
                || models.getParent().getParent() == null) {
            return name -> Optional.empty();
        }
        Path library = models.getParent();
        ClaimsTree tree = new ClaimsTree(library.getParent(), library.getParent());
        return LibraryLoader.load(library, tree).value()::fact;
    }

    /** The folder name, which for a library config is the model's name ({@code deepseek-v3}). */
    private static String libraryName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
