package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    @TempDir
    Path temp;

    private final InputReader reader = InputReader.unlogged();

    @Test
    void should_read_utf8_text_with_its_sha256() throws Exception {
        // SHA-256("abc") from FIPS 180-2, Appendix B.1
        Path file = Files.writeString(temp.resolve("a.txt"), "abc");
        InputText text = reader.read(file, "a.txt", InputLimit.ARTICLE_TEXT);
        assertThat(text.text()).isEqualTo("abc");
        assertThat(text.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void should_drop_a_leading_byte_order_mark_but_hash_the_bytes_as_read() throws Exception {
        Path file = Files.write(temp.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'});
        InputText text = reader.read(file, "bom.txt", InputLimit.ARTICLE_TEXT);
        assertThat(text.text()).isEqualTo("a");
        assertThat(text.sha256()).isNotEqualTo(reader.read(Files.writeString(temp.resolve("a"), "a"), "a",
                InputLimit.ARTICLE_TEXT).sha256());
    }

    @Test
    void should_refuse_a_fifo_without_opening_it() throws Exception {
        Path fifo = Fifo.make(temp.resolve("pipe.yaml"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> reader.read(fifo, "pipe.yaml", InputLimit.YAML_FILE))
                        .isInstanceOf(InputException.class)
                        .hasMessage("expected a YAML file, got a special file (a FIFO, socket or device), which is "
                                + "never read"));
    }

    @Test
    void should_refuse_a_folder_and_a_missing_file() throws IOException {
        assertThatThrownBy(() -> reader.read(temp, "x", InputLimit.CONFIG_JSON))
                .hasMessage("expected a config.json, got a folder");
        assertThatThrownBy(() -> reader.read(temp.resolve("none"), "none", InputLimit.CONFIG_JSON))
                .hasMessage("expected a config.json, got no such file");
    }

    @Test
    void should_accept_a_file_of_exactly_the_limit_and_refuse_one_byte_more() throws Exception {
        long max = InputLimit.CONFIG_JSON.maxBytes();
        Path exact = Files.write(temp.resolve("exact.json"), "x".repeat((int) max).getBytes(StandardCharsets.UTF_8));
        Path over = Files.write(temp.resolve("over.json"), "x".repeat((int) max + 1).getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(exact, "exact.json", InputLimit.CONFIG_JSON).text()).hasSize((int) max);
        assertThatThrownBy(() -> reader.read(over, "over.json", InputLimit.CONFIG_JSON))
                .hasMessage("expected a config.json of at most 1048576 bytes, got 1048577 bytes");
    }

    @Test
    void should_refuse_a_3_gib_file_from_its_size_without_reading_it() throws Exception {
        Path huge = temp.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> reader.read(huge, "huge.json", InputLimit.FIGURE_JSON))
                        .hasMessage("expected a JSON figure file of at most 4194304 bytes, got 3221225472 bytes"));
    }

    @Test
    void should_refuse_a_link_that_leads_out_of_its_folder_and_follow_one_that_stays() throws Exception {
        Path tree = Files.createDirectories(temp.resolve("tree"));
        Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
        Path inside = Files.writeString(tree.resolve("real.txt"), "fine");
        Path out = Files.createSymbolicLink(tree.resolve("out.txt"), outside);
        Path in = Files.createSymbolicLink(tree.resolve("in.txt"), Path.of("real.txt"));
        assertThatThrownBy(() -> reader.readWithin(out, "tree/out.txt", InputLimit.ARTICLE_TEXT, tree, "tree"))
                .hasMessage("expected an article text inside tree, got a link that leads outside it")
                .hasMessageNotContaining("secret");
        assertThat(reader.readWithin(in, "tree/in.txt", InputLimit.ARTICLE_TEXT, tree, "tree").text())
                .isEqualTo(Files.readString(inside));
    }

    @Test
    void should_place_the_first_byte_that_is_not_utf8_at_its_line_and_column() throws IOException {
        Path file = Files.write(temp.resolve("latin1.txt"), new byte[] {'a', '\n', 'b', 'c', (byte) 0xE9, 'd'});
        assertThatThrownBy(() -> reader.read(file, "latin1.txt", InputLimit.ARTICLE_TEXT))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                })
                .hasMessage("expected UTF-8 text, got bytes that are not UTF-8 (0xE9)");
    }

    @Test
    void should_refuse_a_nul_byte() throws IOException {
        Path file = Files.write(temp.resolve("bin"), new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> reader.read(file, "bin", InputLimit.YAML_FILE))
                .hasMessage("expected text, got a binary file");
    }

    @Test
    void should_log_each_file_read_once_sorted_by_path() throws Exception {
        InputReader logged = new InputReader(new InputLog());
        Path b = Files.writeString(temp.resolve("b.txt"), "b");
        Path a = Files.writeString(temp.resolve("a.txt"), "a");
        logged.read(b, "b.txt", InputLimit.ARTICLE_TEXT);
        logged.read(a, "a.txt", InputLimit.ARTICLE_TEXT);
        logged.read(b, "b.txt", InputLimit.ARTICLE_TEXT);
        assertThatThrownBy(() -> logged.read(temp.resolve("c.txt"), "c.txt", InputLimit.ARTICLE_TEXT));
        assertThat(logged.log().inputs()).extracting(InputText::display).containsExactly("a.txt", "b.txt");
    }
}
