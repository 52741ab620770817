package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards of {@link YamlFile#parse}: what makes a whole file unreadable, reported where it stands. */
class YamlFileTest {

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();

    private boolean parses(String yaml) throws IOException {
        Path file = temp.resolve("f.yaml");
        Files.writeString(file, yaml);
        return YamlFile.parse(file, "f.yaml", problems).isPresent();
    }

    private List<String> rendered() {
        return problems.stream().map(Problem::render).toList();
    }

    @Test
    void should_refuse_deep_nesting_in_bounded_time() {
        // 100 000 nested lists would overflow a recursive composer's stack; 50 levels is the limit
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        boolean parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parses(deep));
        assertThat(parsed).isFalse();
        assertThat(rendered()).containsExactly("f.yaml:1:53: expected at most 50 levels of nesting, got more");
    }
}
