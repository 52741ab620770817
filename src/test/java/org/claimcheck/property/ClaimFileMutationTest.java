package org.claimcheck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.claimcheck.audit.Audit;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated claim files (seeded: characters deleted, inserted, duplicated; lines swapped, dropped, re-indented) never make
 * the audit throw: every outcome is a result, with problems in the {@code path:line:col: …} form where the file broke.
 */
class ClaimFileMutationTest {

    private static final int MUTANTS = 150;
    private static final String ALPHABET = " :-[]{}&*!|>'\"#%@`\t\n0123456789abcXYZ.,";

    @TempDir
    Path temp;

    @Test
    void should_never_throw_on_mutated_claim_files() throws IOException {
        String original = Files.readString(Path.of("src/test/resources/fixtures/tree/claims/flagged/claims/flagged.yaml"));
        SplittableRandom random = new SplittableRandom(20241226);
        FixtureTree tree = FixtureTree.in(temp);
        Path file = tree.article().resolve("claims/mutant.yaml");
        Files.createDirectories(file.getParent());
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = mutate(original, random, 1 + random.nextInt(4));
            Files.writeString(file, mutant);
            // when
            AuditResult result = Audit.withAllChecks().run(tree.article());
            // then: each problem names the file (or another file of the tree), a position and a message
            for (Problem problem : result.problems()) {
                assertThat(problem.render()).as("mutant %d:%n%s", i, mutant)
                        .matches("claims/[^:]+:\\d+:\\d+: .+");
            }
        }
    }

    private static String mutate(String text, SplittableRandom random, int edits) {
        String result = text;
        for (int i = 0; i < edits; i++) {
            result = switch (random.nextInt(5)) {
                case 0 -> deleteRange(result, random);
                case 1 -> insert(result, random);
                case 2 -> swapLines(result, random);
                case 3 -> dropLine(result, random);
                default -> reindent(result, random);
            };
        }
        return result;
    }

    private static String deleteRange(String text, SplittableRandom random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(8));
        return text.substring(0, at) + text.substring(end);
    }

    private static String insert(String text, SplittableRandom random) {
        int at = random.nextInt(text.length() + 1);
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return text.substring(0, at) + c + text.substring(at);
    }

    private static String swapLines(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
        return String.join("\n", lines);
    }

    private static String dropLine(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String reindent(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.set(at, " ".repeat(random.nextInt(12)) + lines.get(at).strip());
        return String.join("\n", lines);
    }
}
