package org.claimcheck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimcheck.audit.Audit;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.ClaimFileLoader;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.claim.load.Loaded;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML 1.1-style scalars ({@code yes}, {@code ~}, {@code 0x1F}, {@code 017}, {@code 1_000}, {@code .inf},
 * {@code 2025-01-15}, {@code 12:30} …), quoted variants and seeded random words and numbers, each written into every
 * typed field of a claim file: the audit either reads the field exactly as written or reports a problem on its line,
 * never coerces it. "As written" is decided independently of the loader, by {@link WrittenScalar}.
 */
class YamlScalarPropertiesTest {

    private static final long SEED = 20_250_115L;
    private static final int RANDOM_SCALARS = 16;
    /** One claim; the file holds one such claim per slot, each with one slot replaced. */
    private static final String CLAIM = """
              - id: {ID}
                quote: {QUOTE}
                section: "Demo Model Review"
                note: {NOTE}
                asserts:
                  figure: {FIGURE}
                  bound: {BOUND}
                  tolerance:
                    relative: {RELATIVE}
                interpretations:
                  - id: per-element
                    reading: {READING}
                    stated: {STATED}
                    expression: "1 - fp8 / bf16"
                    unit: ratio
                    inputs: {INPUTS}
                  - id: per-element-again
                    reading: "the same reading, stated, so that the claim is judged whatever the first one says"
                    stated: true
                    expression: "1 - fp8 / bf16"
                    unit: ratio
                    inputs: {fp8: {fact: format.fp8-bits}, bf16: {fact: format.bf16-bits}}
                sources: {SOURCES}
            """;
    private static final int CLAIM_LINES = (int) CLAIM.lines().count();
    /** A claim with one check parameter, {@code value}. */
    private static final String PARAMETER_CLAIM = """
            claims:
              - id: with-parameter
                quote: q
                section: s
                asserts: {mechanism: m}
                interpretations:
                  - id: r
                    reading: r
                    stated: true
                    asserted: x
                    check: moe.routing-balance
                    with:
                      value: {VALUE}
            """;
    private static final int PARAMETER_LINE = lineOf(PARAMETER_CLAIM, "{VALUE}");

    @TempDir
    Path temp;

    /** A field of the claim file with its default, valid value. */
    private enum Slot {
        ID(""), QUOTE("\"FP8 cuts data size by 50%\""), NOTE("\"a note\""), FIGURE("50%"), BOUND("about"), RELATIVE("0.05"),
        READING("\"bits per element\""), STATED("true"),
        INPUTS("{fp8: {fact: format.fp8-bits}, bf16: {fact: format.bf16-bits}}"),
        SOURCES("[{document: FP8F, locator: \"Table 1\"}]");

        /** Written when another slot is replaced; each claim's id is its {@link #claimId()} instead. */
        private final String valid;

        Slot(String valid) {
            this.valid = valid;
        }

        /** The id of the claim whose field this slot replaces; the ID slot's claim has the written scalar as id. */
        String claimId() {
            return "claim-" + name().toLowerCase(Locale.ROOT);
        }

        /** The 1-based line of this slot's field in the file: after {@code claims:}, one claim per slot in order. */
        int line() {
            return 1 + ordinal() * CLAIM_LINES + lineOf(CLAIM, "{" + name() + "}");
        }
    }

    /** The 1-based line of {@code text} that holds {@code marker}. */
    private static int lineOf(String text, String marker) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(marker + " is not in " + text);
    }

    @Test
    void should_read_every_field_as_written_or_report_it_on_its_line() throws IOException {
        // given
        FixtureTree tree = FixtureTree.in(temp);
        Path file = tree.article().resolve("claims/case.yaml");
        Files.createDirectories(file.getParent());
        int read = 0;
        int reported = 0;
        for (WrittenScalar written : WrittenScalar.samples(SEED, RANDOM_SCALARS)) {
            String yaml = claimFile(written.yaml());
            Files.writeString(file, yaml);
            // when
            AuditResult result = Audit.withAllChecks().run(tree.article());
            // then
            for (Slot slot : Slot.values()) {
                boolean wasRead = check(slot, written, result, yaml);
                read += wasRead ? 1 : 0;
                reported += wasRead ? 0 : 1;
            }
        }
        assertThat(read).as("fields read as written").isGreaterThan(50);
        assertThat(reported).as("fields reported").isGreaterThan(100);
    }

    @Test
    void should_pass_every_check_parameter_on_as_written_or_report_it_where_it_stands() throws IOException {
        Path file = temp.resolve("parameter.yaml");
        for (WrittenScalar written : WrittenScalar.samples(SEED, RANDOM_SCALARS)) {
            // given
            String yaml = PARAMETER_CLAIM.replace("{VALUE}", written.yaml());
            Files.writeString(file, yaml);
            // when
            Loaded<List<Claim>> loaded = ClaimFileLoader.load(file, "parameter.yaml");
            // then
            String description = String.format("value = %s in%n%s%nproblems: %s", written, yaml, loaded.problems());
            Optional<Object> expected = written.asParameter();
            boolean reportedInstead = written.kind() == WrittenScalar.Kind.NUMBER_LIKE
                    && !loaded.problems().isEmpty();
            if (expected.isPresent() && !reportedInstead) {
                assertThat(loaded.problems()).as(description).isEmpty();
                Method.CheckCall call = (Method.CheckCall) loaded.value().get(0).interpretations().get(0).method();
                assertThat(call.parameters()).as(description).containsExactly(Map.entry("value", expected.get()));
            } else {
                assertThat(loaded.problems()).as(description).extracting(p -> p.location().line())
                        .containsExactly(PARAMETER_LINE);
                assertThat(loaded.value()).as(description).isEmpty();
            }
        }
    }

    /** Whether the field was read (else it was reported), after asserting that it was read as written. */
    private static boolean check(Slot slot, WrittenScalar written, AuditResult result, String yaml) {
        List<String> onItsLine = result.problems().stream()
                .filter(p -> p.location().line() == slot.line()).map(Problem::render).toList();
        Optional<Claim> judged = result.claims().stream().map(ClaimResult::claim)
                .filter(claim -> slot == Slot.ID ? Stream.of(Slot.values()).noneMatch(s -> s.claimId()
                        .equals(claim.id())) : claim.id().equals(slot.claimId()))
                .findFirst();
        Optional<Object> expected = expected(slot, written);
        String description = String.format("%s = %s in%n%s%nproblems: %s", slot, written, yaml, result.problems());
        if (slot == Slot.FIGURE || slot == Slot.QUOTE) {
            // FigureParser decides what a figure is, the article what a quote is: YAML must hand on the text as written
            judged.ifPresent(claim -> assertThat(readBack(slot, claim)).as(description).isEqualTo(written.text()));
            int first = 2 + slot.ordinal() * CLAIM_LINES;
            boolean inItsClaim = result.problems().stream().map(p -> p.location().line())
                    .anyMatch(line -> line >= first && line < first + CLAIM_LINES);
            assertThat(judged.isPresent() || inItsClaim).as(description).isTrue();
        } else if (expected.isPresent()) {
            assertThat(onItsLine).as(description).isEmpty();
            assertThat(judged).as(description).isPresent();
            assertThat(readBack(slot, judged.get())).as(description).isEqualTo(expected.get());
        } else {
            assertThat(onItsLine).as(description).isNotEmpty();
            assertThat(judged).as(description).isEmpty();
        }
        return judged.isPresent();
    }

    /** The value the field must be read as, or empty when the field cannot hold what was written. */
    private static Optional<Object> expected(Slot slot, WrittenScalar written) {
        boolean scalarText = written.kind() != WrittenScalar.Kind.NOTHING;
        return switch (slot) {
            case ID -> scalarText && Claim.ID.matcher(written.text()).matches()
                    ? Optional.of(written.text()) : Optional.empty();
            case NOTE, READING -> scalarText ? Optional.of(written.text()) : Optional.empty();
            case BOUND -> written.kind() == WrittenScalar.Kind.TEXT && List.of("about", "at-most", "at-least")
                    .contains(written.text()) ? Optional.of(written.text()) : Optional.empty();
            case RELATIVE -> written.heldAsDouble().filter(r -> r >= 0 && r < 1).map(Object.class::cast);
            case STATED -> written.bool().map(Object.class::cast);
            case QUOTE, FIGURE, INPUTS, SOURCES -> Optional.empty();
        };
    }

    private static Object readBack(Slot slot, Claim claim) {
        Assertion.Figure figure = (Assertion.Figure) claim.assertion();
        return switch (slot) {
            case ID -> claim.id();
            case QUOTE -> claim.quote();
            case FIGURE -> figure.figure().text();
            case NOTE -> claim.note();
            case READING -> claim.interpretations().get(0).reading();
            case STATED -> claim.interpretations().get(0).stated();
            case RELATIVE -> figure.tolerance().amount();
            case BOUND -> figure.bound().name().toLowerCase(Locale.ROOT).replace('_', '-');
            case INPUTS, SOURCES -> throw new IllegalArgumentException(slot + " is never read from a scalar");
        };
    }

    /** One claim per slot, each with that slot replaced by {@code yaml} and every other slot valid. */
    private static String claimFile(String yaml) {
        StringBuilder file = new StringBuilder("claims:\n");
        for (Slot replaced : Slot.values()) {
            String claim = CLAIM.replace("{ID}", replaced == Slot.ID ? yaml : replaced.claimId());
            for (Slot slot : Slot.values()) {
                claim = claim.replace("{" + slot.name() + "}", slot == replaced ? yaml : slot.valid);
            }
            file.append(claim);
        }
        return file.toString();
    }
}
