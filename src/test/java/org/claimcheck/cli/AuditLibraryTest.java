package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.claimcheck.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article folder outside the repository reaches a library three ways: {@code --library}, the nearest
 * {@code claims/library} above it, and the library packaged with claimcheck (read from the class path, and from a jar
 * by a JVM started in another folder). Each report names the library it used and its version; the version's digest is
 * computed here a second way, from its definition (the sorted list {@code PATH NUL SHA-256 LF} of the library's files).
 */
class AuditLibraryTest {

    private static final Path REPOSITORY_LIBRARY = Path.of("claims/library").toAbsolutePath();
    private static final Path FIXTURE_LIBRARY = Path.of("src/test/resources/fixtures/tree/claims/library")
            .toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** "DeepSeek-V3 has 671B parameters": deepseek-v3.total-params of the repository's library is 671B (R p.1). */
    private static final String DEEPSEEK_CLAIM = """
            claims:
              - id: params-671b
                quote: "671B parameters"
                asserts:
                  figure: 671B parameters
                interpretations:
                  - id: published
                    reading: "total parameters, as published"
                    stated: true
                    fact: deepseek-v3.total-params
            """;
    /** "a 100B-parameter model": demo.total-params of the fixture library is 100B. */
    private static final String DEMO_CLAIM = """
            claims:
              - id: size-100b
                quote: "a 100B-parameter model"
                asserts:
                  figure: 100B parameters
                interpretations:
                  - id: total
                    reading: "total parameters"
                    stated: true
                    fact: demo.total-params
            """;

    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int audit(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "audit";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.execute(command, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private Path article(Path folder, String text, String claims) {
        write(folder.resolve("article.txt"), text);
        write(folder.resolve("article.yaml"), "title: A post\narchitecture: "
                + (claims.equals(DEMO_CLAIM) ? "demo" : "deepseek-v3") + "\n");
        write(folder.resolve("claims/claims.yaml"), claims);
        return folder;
    }

    @Test
    void should_audit_against_the_library_given_with_the_option() throws IOException {
        // given
        Path post = article(temp.resolve("desk/post"), "We trained a 100B-parameter model.\n", DEMO_CLAIM);
        // when
        int exit = audit(post.toString(), "--library", FIXTURE_LIBRARY.toString(), "--out", temp.resolve("out")
                .toString());
        // then
        assertThat(stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        JsonNode report = report(temp.resolve("out"));
        assertThat(report.at("/claims/0/verdict").asText()).isEqualTo("FOLLOWS");
        assertThat(report.at("/library/name").asText())
                .isEqualTo(post.toAbsolutePath().relativize(FIXTURE_LIBRARY).toString());
        assertThat(report.at("/library/sha256").asText()).isEqualTo(digest(FIXTURE_LIBRARY));
    }

    @Test
    void should_find_the_nearest_claims_library_above_the_article() throws IOException {
        // given a newsroom repository: its library in claims/library, its posts deeper
        copy(FIXTURE_LIBRARY, temp.resolve("news/claims/library"));
        Path post = article(temp.resolve("news/desk/2025/post"), "We trained a 100B-parameter model.\n", DEMO_CLAIM);
        // when
        int exit = audit(post.toString(), "--out", temp.resolve("out").toString());
        // then
        assertThat(exit).isZero();
        JsonNode report = report(temp.resolve("out"));
        assertThat(report.at("/library/name").asText()).isEqualTo("../../../claims/library");
        assertThat(report.at("/library/version").asText()).isEqualTo("0.1.0+sha256."
                + digest(temp.resolve("news/claims/library")).substring(0, 12));
        assertThat(paths(report)).contains("claims/library/facts/demo.yaml", "desk/2025/post/claims/claims.yaml");
        assertThat(Files.readString(temp.resolve("out/report.md"))).contains("Library: `../../../claims/library "
                + "(0.1.0+sha256.");
    }

    @Test
    void should_fall_back_to_the_packaged_library() throws IOException {
        // given an article with no claims/library anywhere above it
        Path post = article(temp.resolve("post"), "DeepSeek-V3 has 671B parameters.\n", DEEPSEEK_CLAIM);
        // when
        int exit = audit(post.toString(), "--out", temp.resolve("out").toString());
        // then
        assertThat(stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        JsonNode report = report(temp.resolve("out"));
        assertThat(report.at("/claims/0/verdict").asText()).isEqualTo("FOLLOWS");
        assertThat(report.at("/library/name").asText()).isEqualTo("packaged");
        assertThat(report.at("/library/sha256").asText()).isEqualTo(digest(REPOSITORY_LIBRARY));
        assertThat(paths(report)).contains("packaged-library/facts/deepseek-v3.yaml", "packaged-library/sources.yaml");
        assertThat(Files.readString(temp.resolve("out/report.html"))).contains("<dt>Library</dt><dd><code><bdi>"
                + "packaged (0.1.0+sha256.");
    }

    @Test
    void should_read_the_packaged_library_from_a_jar_when_run_from_another_folder() throws Exception {
        // given a jar holding the library, first on the class path, and a JVM whose working folder is the article's
        Path jar = libraryJar(temp.resolve("library.jar"));
        Path post = article(temp.resolve("elsewhere/post"), "DeepSeek-V3 has 671B parameters.\n", DEEPSEEK_CLAIM);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", jar + java.io.File.pathSeparator
                + ChildJvm.classPath(), Main.class.getName(), "audit", "post", "--out", "out"));
        Path log = temp.resolve("log.txt");
        // when
        Process child = new ProcessBuilder(command).directory(post.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = ChildJvm.waitFor(child);
        // then
        assertThat(exit).as(Files.readString(log)).isZero();
        JsonNode report = report(temp.resolve("elsewhere/out"));
        assertThat(report.at("/library/name").asText()).isEqualTo("packaged");
        assertThat(report.at("/library/sha256").asText()).isEqualTo(digest(REPOSITORY_LIBRARY));
        assertThat(paths(report)).contains("packaged-library/facts/deepseek-v3.yaml");
    }

    @Test
    void should_list_the_packaged_library_s_models_when_run_from_a_folder_without_one() throws Exception {
        // given a jar holding the library, and a JVM whose working folder has no claims/library at or above it
        Path jar = libraryJar(temp.resolve("library.jar"));
        Path folder = Files.createDirectories(temp.resolve("newsroom"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", jar + java.io.File.pathSeparator + ChildJvm.classPath(),
                Main.class.getName(), "checks");
        Path log = temp.resolve("checks-log.txt");
        // when
        Process child = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = ChildJvm.waitFor(child);
        // then: the models the repository's library holds, from the jar
        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("models of the packaged library (models/NAME/config.json, facts "
                + "in facts/NAME.yaml): deepseek-v2, ").contains("mixtral-8x7b");
    }

    @Test
    void should_report_a_library_option_that_names_no_folder() {
        Path post = article(temp.resolve("post"), "We trained a 100B-parameter model.\n", DEMO_CLAIM);
        int exit = audit(post.toString(), "--library", temp.resolve("nope").toString(), "--out",
                temp.resolve("out").toString());
        assertThat(exit).isEqualTo(2);
        // paths are shown relative to the folder two above the article, here the temporary folder's parent
        assertThat(stderr.toString()).startsWith(temp.getFileName() + "/nope:1:1: expected a library folder with "
                + "sources.yaml, facts/ and models/, got no such folder");
    }

    /** The digest by its definition: every file's path and SHA-256, sorted by path, one line each. */
    private static String digest(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                lines.add(folder.relativize(file).toString().replace('\\', '/') + "\0"
                        + sha256(Files.readAllBytes(file)) + "\n");
            }
        }
        return sha256(String.join("", lines.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path libraryJar(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(REPOSITORY_LIBRARY)) {
            for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry("claimcheck/library/" + REPOSITORY_LIBRARY.relativize(source)
                        .toString().replace('\\', '/')));
                out.write(Files.readAllBytes(source));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static JsonNode report(Path out) throws IOException {
        return JSON.readTree(Files.readString(out.resolve("report.json")));
    }

    private static List<String> paths(JsonNode report) {
        List<String> paths = new ArrayList<>();
        report.get("inputs").forEach(input -> paths.add(input.get("path").asText()));
        return paths;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
