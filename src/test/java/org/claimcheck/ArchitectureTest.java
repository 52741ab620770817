package org.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md and README.md's "Where things go", read from the sources: each third-party library
 * stays in its one package, nothing below the entry points imports them, the model packages import nothing of the
 * layers above, no check domain imports another, the check packages publish only what other packages use, no Java
 * string names a model of the library, only ModelFamily names a family, and check enums look spellings up through
 * check.Named.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/claimcheck");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** library prefix → the one package (relative to org.claimcheck) allowed to import it. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "org.apache.commons.math3", "check.stats",
            "org.apache.commons.rng", "check.stats",
            "org.snakeyaml.engine", "claim.load",
            "org.yaml.snakeyaml", "claim.load",
            "picocli", "cli",
            "net.objecthunter.exp4j", "verdict.expr",
            "org.jfree", "report.chart",
            "com.github.mustachejava", "report",
            "org.junit.platform", "junit");

    private record Import(String fromPackage, String imported) {
    }

    private static List<Import> imports() throws IOException {
        List<Import> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    imports.add(new Import(from, matcher.group(1)));
                }
            }
        }
        return imports;
    }

    @Test
    void should_keep_each_library_in_its_one_package() throws IOException {
        List<String> strays = imports().stream()
                .filter(i -> LIBRARIES.entrySet().stream().anyMatch(library -> i.imported().startsWith(library.getKey())
                        && !i.fromPackage().equals(library.getValue())))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_let_nothing_import_the_entry_points() throws IOException {
        // not even each other: the command line renders JUnit XML with report.JunitXmlReporter, not the claims engine
        List<String> strays = imports().stream()
                .filter(i -> i.imported().startsWith("org.claimcheck.cli") && !i.fromPackage().equals("cli")
                        || i.imported().startsWith("org.claimcheck.junit") && !i.fromPackage().equals("junit"))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_keep_the_model_free_of_the_layers_above() throws IOException {
        List<String> upward = List.of("org.claimcheck.check", "org.claimcheck.verdict", "org.claimcheck.report",
                "org.claimcheck.audit", "org.claimcheck.cli", "org.claimcheck.junit", "org.claimcheck.scan");
        List<String> strays = imports().stream()
                .filter(i -> i.fromPackage().equals("claim") || i.fromPackage().equals("unit")
                        || i.fromPackage().equals("claim.load"))
                .filter(i -> upward.stream().anyMatch(i.imported()::startsWith))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_keep_verdicts_out_of_the_checks() throws IOException {
        // checks measure; only the verdict package judges
        List<String> strays = imports().stream()
                .filter(i -> i.fromPackage().startsWith("check"))
                .filter(i -> i.imported().startsWith("org.claimcheck.verdict")
                        || i.imported().startsWith("org.claimcheck.report")
                        || i.imported().startsWith("org.claimcheck.audit"))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_let_no_check_domain_import_another() throws IOException {
        // a domain (check.fp8, check.model, check.cost …) shares only the toolkit in check and the statistics of
        // check.stats; what two domains need belongs in check, and a domain runs another's checks by kind only
        List<String> strays = imports().stream()
                .filter(i -> domain(i.fromPackage()) != null)
                .filter(i -> i.imported().startsWith("org.claimcheck.check."))
                .filter(i -> {
                    String imported = domain(i.imported().substring("org.claimcheck.".length()));
                    return imported != null && !imported.equals("stats") && !imported.equals(domain(i.fromPackage()));
                })
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_keep_package_private_what_no_other_package_uses() throws IOException {
        // the check SPI, its domains and the verdict's expressions publish only what another package names
        Pattern publicType = Pattern.compile("^public (?:final |abstract |sealed )*(?:class|record|enum|interface) "
                + "(\\w+)", Pattern.MULTILINE);
        Map<Path, String> sources = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(file, withoutComments(Files.readString(file)));
            }
        }
        List<String> needless = new ArrayList<>();
        sources.forEach((file, text) -> {
            String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
            Matcher declared = publicType.matcher(text);
            if ((from.startsWith("check") || from.equals("verdict.expr")) && declared.find()) {
                Pattern named = Pattern.compile("\\b" + declared.group(1) + "\\b");
                boolean used = sources.entrySet().stream().anyMatch(other -> !other.getKey().getParent()
                        .equals(file.getParent()) && named.matcher(other.getValue()).find());
                if (!used) {
                    needless.add(from + "." + declared.group(1));
                }
            }
        });
        assertThat(needless).isEmpty();
    }

    @Test
    void should_name_no_model_of_the_library_in_java() throws IOException {
        // what is known of a model lives in claims/library (models/NAME, facts/NAME.yaml); a check takes the model as
        // a parameter, so a model is added without a change of code
        Set<String> models = libraryModels();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher strings = literal.matcher(withoutComments(Files.readString(file)));
                while (strings.find()) {
                    Arrays.stream(strings.group(1).split("[^A-Za-z0-9._-]+")).filter(models::contains)
                            .forEach(model -> strays.add(SOURCES.relativize(file) + " names " + model));
                }
            }
        }
        assertThat(models).contains("deepseek-v3", "llama-3.1-405b");
        assertThat(strays).isEmpty();
    }

    @Test
    void should_write_each_model_family_rules_in_one_place() throws IOException {
        // a family's rules are its ModelFamily constant's FamilyRules; no other class branches on a family
        Path families = SOURCES.resolve("check/model/ModelFamily.java");
        Matcher constants = Pattern.compile("^    ([A-Z][A-Z0-9_]*)\\(", Pattern.MULTILINE)
                .matcher(Files.readString(families));
        List<String> names = new ArrayList<>();
        while (constants.find()) {
            names.add(constants.group(1));
        }
        Pattern branch = Pattern.compile("ModelFamily\\.(" + String.join("|", names) + ")\\b|case (" + String.join("|",
                names) + ")\\b");
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java") && !path.equals(families))
                    .toList()) {
                if (branch.matcher(withoutComments(Files.readString(file))).find()) {
                    strays.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(names).contains("LLAMA", "DEEPSEEK_V3");
        assertThat(strays).isEmpty();
    }

    @Test
    void should_look_up_the_spellings_of_check_enums_through_named_only() throws IOException {
        // check.Named is the one lookup of a spelling; an enum that compares spellings itself writes a second one
        Pattern enumType = Pattern.compile("\\benum \\w+");
        Pattern comparison = Pattern.compile("\\.(?:id|name|spelling|modelType)(?:\\(\\))?\\.equals(?:IgnoreCase)?\\(");
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("check"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = withoutComments(Files.readString(file));
                if (enumType.matcher(text).find() && comparison.matcher(text).find()) {
                    strays.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    /** The models of claims/library: the folders of models/ and the namespaces of facts/ that are not plain words. */
    private static Set<String> libraryModels() throws IOException {
        Path library = Path.of("claims/library");
        Set<String> models = new TreeSet<>();
        try (Stream<Path> folders = Files.list(library.resolve("models"))) {
            folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).forEach(models::add);
        }
        Pattern namespace = Pattern.compile("^namespace: *([\\w.-]+)", Pattern.MULTILINE);
        try (Stream<Path> facts = Files.list(library.resolve("facts"))) {
            for (Path file : facts.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                Matcher declared = namespace.matcher(Files.readString(file));
                if (declared.find() && !declared.group(1).matches("[a-z]+")) {
                    models.add(declared.group(1));
                }
            }
        }
        return models;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
    }

    /** The domain of a package below {@code check} ({@code check.fp8} → {@code fp8}), or null for any other package. */
    private static String domain(String projectPackage) {
        String[] parts = projectPackage.split("\\.");
        return parts.length >= 2 && parts[0].equals("check") && Character.isLowerCase(parts[1].charAt(0)) ? parts[1]
                : null;
    }

    @Test
    void should_keep_input_reading_at_the_bottom_free_of_the_project_and_of_libraries() throws IOException {
        // every layer reads files through org.claimcheck.io, so it may depend on nothing above it
        List<String> strays = imports().stream()
                .filter(i -> i.fromPackage().equals("io"))
                .filter(i -> !i.imported().startsWith("java.") || i.imported().startsWith("org.claimcheck"))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_keep_the_json_mapper_free_of_the_project() throws IOException {
        // every layer that reads or writes JSON uses org.claimcheck.json, so it may depend on nothing of the project
        List<String> strays = imports().stream()
                .filter(i -> i.fromPackage().equals("json") && i.imported().startsWith("org.claimcheck"))
                .map(i -> i.fromPackage() + " imports " + i.imported()).distinct().toList();
        assertThat(strays).isEmpty();
    }

    @Test
    void should_read_files_only_through_the_input_layer() throws IOException {
        // Files.readAllBytes, readString, newInputStream … outside io would bypass its limits and containment
        Pattern read = Pattern.compile("Files\\.(readAllBytes|readString|readAllLines|lines|newInputStream|"
                + "newBufferedReader|newByteChannel)\\(|new FileInputStream\\(|\\.readTree\\(\\w+\\.toFile\\(");
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (!file.getParent().endsWith("io") && read.matcher(Files.readString(file)).find()) {
                    strays.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(strays).isEmpty();
    }
}
