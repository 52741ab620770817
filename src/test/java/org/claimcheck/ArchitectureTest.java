package org.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, read from the sources' import lines: each third-party library stays in its one
 * package, nothing below the entry points imports them, and the model packages import nothing of the layers above.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/claimcheck");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** library prefix → the one package (relative to org.claimcheck) allowed to import it. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "org.apache.commons.math3", "check.stats",
            "org.snakeyaml.engine", "claim.load",
            "org.yaml.snakeyaml", "claim.load",
            "picocli", "cli",
            "net.objecthunter.exp4j", "check.expr",
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
    void should_keep_input_reading_at_the_bottom_free_of_the_project_and_of_libraries() throws IOException {
        // every layer reads files through org.claimcheck.io, so it may depend on nothing above it
        List<String> strays = imports().stream()
                .filter(i -> i.fromPackage().equals("io"))
                .filter(i -> !i.imported().startsWith("java.") || i.imported().startsWith("org.claimcheck"))
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
