package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    /** The formats whose codes the reference enumerates; FP32 gets its own reference below. */
    private static final List<FloatFormat> ENUMERATED = List.of(FloatFormat.E4M3, FloatFormat.E5M2, FloatFormat.E2M1,
            FloatFormat.BF16, FloatFormat.FP16);

    @Test
    void should_round_a_decimal_just_above_a_midpoint_up_even_when_it_parses_onto_the_midpoint() {
        // 1.0625 is the E4M3 midpoint between 1.0 and 1.125; the decimal below is above it by 1e-25, which the nearest
        // double cannot hold (it parses to 1.0625 exactly); the decimal itself must round up to 1.125.
        double nudged = DecimalInput.parse("1.0625000000000000000000001").orElseThrow();
        assertThat(FloatFormat.E4M3.round(nudged, Overflow.SATURATE)).isEqualTo(1.125);
        assertThat(FloatFormat.E4M3.round(DecimalInput.parse("1.0624999999999999999999999").orElseThrow(),
                Overflow.SATURATE)).isEqualTo(1.0);
        assertThat(DecimalInput.parse("1.0625")).contains(1.0625);
    }

    @Test
    void should_not_push_a_decimal_just_below_a_midpoint_onto_it() {
        // 1.1875 is the E4M3 midpoint of 1.125 (0x39, odd) and 1.25 (0x3A, even). The decimal below lies between
        // 1.1875 − 2^-52 and 1.1875 − 2^-53, so its nearest double is 1.1875 − 2^-52 (not a midpoint) and it rounds
        // down to 1.125; moving that double one ulp up would land on the midpoint and tie up to 1.25.
        BigDecimal below = new BigDecimal(1.1875).subtract(new BigDecimal(Math.scalb(1.0, -52)))
                .add(new BigDecimal(Math.scalb(1.0, -55)));
        double parsed = DecimalInput.parse(below.toString()).orElseThrow();
        assertThat(FloatFormat.E4M3.round(parsed, Overflow.SATURATE)).isEqualTo(1.125);
    }

    @Test
    void should_read_the_special_values_and_signed_zero() {
        assertThat(DecimalInput.parse("NaN").orElseThrow()).isNaN();
        assertThat(DecimalInput.parse(" -Infinity ")).contains(Double.NEGATIVE_INFINITY);
        assertThat(DecimalInput.parse("+Infinity")).contains(Double.POSITIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(DecimalInput.parse("-0").orElseThrow()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(DecimalInput.parse("1e999999999999")).contains(Double.POSITIVE_INFINITY);
        assertThat(DecimalInput.parse("-1e-999999999999")).contains(-0.0);
        assertThat(DecimalInput.parse("\t+.5E+1 ")).contains(5.0);
        assertThat(DecimalInput.parse("3.")).contains(3.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.5f", "1.5d", "0x1p3", "1,5", "--1", "inf", ".", "e5", "1e", "1e+",
            "1 2", "NaNa", "-", "+", "Infinit", "1.2.3", "١"})
    void should_refuse_what_is_not_a_decimal(String text) {
        assertThat(DecimalInput.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.5f", "1.5d", "0x1p3", "1,5", "--1", "inf", ".", "e5", "1e", "1e+",
            "1 2", "NaNa", "-", "+", "Infinit", "1.2.3", "١", "NaN", "-Infinity", " 1.5", "1.5 ", "1e12345"})
    void should_never_read_from_bytes_a_whole_line_that_is_not_a_plain_decimal(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(DecimalInput.parsePlain(bytes, 0, bytes.length, new double[1], 0)).isNotEqualTo(bytes.length);
    }

    /** The exact rounding of each enumerated format, the reference both round-trip tests compare against. */
    private static Map<FloatFormat, ExactRounding> references() {
        Map<FloatFormat, ExactRounding> references = new EnumMap<>(FloatFormat.class);
        ENUMERATED.forEach(format -> references.put(format, new ExactRounding(format)));
        return references;
    }

    @Test
    void should_read_from_bytes_a_double_that_rounds_as_the_exact_decimal_in_every_format() {
        // given: the decimals of the test below, in scientific and plain notation, longer ones (up to 400 digits),
        // and 17-digit decimals as quantize-bench.sh writes them
        SeededRandom random = SeededRandom.of(31);
        Map<FloatFormat, ExactRounding> references = references();
        List<String> texts = new ArrayList<>();
        List<String> benchTexts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            BigDecimal decimal = randomDecimal(random);
            texts.addAll(List.of(decimal.toString(), decimal.toPlainString(), decimal.toString().toLowerCase()));
            texts.add(longDecimal(random));
            benchTexts.add(String.format(java.util.Locale.ROOT, "%.17g", (random.uniform() - 0.5) * 1000));
            ExactRounding reference = references.get(ENUMERATED.get(random.uniformInt(ENUMERATED.size())));
            nearMidpoint(reference.randomMidpoint(random), random)
                    .forEach(m -> texts.addAll(List.of(m.toString(), m.toPlainString())));
        }
        texts.addAll(benchTexts);
        int decidedLong = 0;
        for (String text : texts) {
            byte[] bytes = (text + "\n").getBytes(StandardCharsets.US_ASCII);
            double[] values = new double[1];
            // when
            int end = DecimalInput.parsePlain(bytes, 0, bytes.length, values, 0);
            // then: it stops at the line break with a double that every format rounds as the decimal itself, or
            // leaves the text to parse(String)
            if (end < 0) {
                continue;
            }
            assertThat(end).as(text).isEqualTo(text.length());
            BigDecimal decimal = new BigDecimal(text);
            for (ExactRounding reference : references.values()) {
                assertThat(reference.format.encode(values[0], Overflow.SATURATE)).as("%s %s", reference.format, text)
                        .isEqualTo(reference.code(decimal));
            }
            if (decimal.abs().compareTo(BigDecimal.valueOf(1e-30)) > 0
                    && decimal.abs().compareTo(BigDecimal.valueOf(1e30)) < 0) {
                assertThat(FloatFormat.FP32.encode(values[0], Overflow.SATURATE)).as("FP32 %s", text)
                        .isEqualTo(nearestFloatBits(decimal));
            }
            decidedLong += decimal.precision() > 18 ? 1 : 0;
        }
        // and it decides the common 17-digit decimal (one lands within 8 ulps of the lattice with odds of 17 in
        // 2^28), and most long ones
        long benchDecided = benchTexts.stream().map(text -> text.getBytes(StandardCharsets.US_ASCII))
                .filter(bytes -> DecimalInput.parsePlain(bytes, 0, bytes.length, new double[1], 0) == bytes.length)
                .count();
        assertThat(benchDecided).isEqualTo(benchTexts.size());
        assertThat(decidedLong).isGreaterThan(3_000);
    }

    /** A decimal of 19 to 400 digits, most of them after the point, as 0.ddd… or dd.ddd…. */
    private static String longDecimal(SeededRandom random) {
        StringBuilder digits = new StringBuilder(random.uniform() < 0.5 ? "-" : "");
        digits.append(random.uniform() < 0.5 ? "0." : (1 + random.uniformInt(9)) + "" + random.uniformInt(10) + ".");
        for (int d = 0, count = 17 + random.uniformInt(383); d < count; d++) {
            digits.append((char) ('0' + random.uniformInt(10)));
        }
        return digits.toString();
    }

    @Test
    void should_round_every_decimal_as_its_exact_value_rounds_in_every_format() {
        // given: seeded decimals of 1 to 25 digits over every format's range, and decimals crafted at, and within an
        // ulp of, midpoints between neighbouring codes (the only doubles where parsing first can round wrongly)
        SeededRandom random = SeededRandom.of(29);
        Map<FloatFormat, ExactRounding> references = references();
        List<BigDecimal> decimals = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            decimals.add(randomDecimal(random));
            ExactRounding reference = references.get(ENUMERATED.get(random.uniformInt(ENUMERATED.size())));
            decimals.addAll(nearMidpoint(reference.randomMidpoint(random), random));
        }
        for (BigDecimal decimal : decimals) {
            // when: the fast path parses the text
            double parsed = DecimalInput.parse(decimal.toString()).orElseThrow();
            // then: the exact path, the decimal itself rounded by exact comparison with every midpoint, agrees
            for (ExactRounding reference : references.values()) {
                assertThat(reference.format.encode(parsed, Overflow.SATURATE)).as("%s %s", reference.format, decimal)
                        .isEqualTo(reference.code(decimal));
            }
            if (decimal.abs().compareTo(BigDecimal.valueOf(1e-30)) > 0
                    && decimal.abs().compareTo(BigDecimal.valueOf(1e30)) < 0) {
                assertThat(FloatFormat.FP32.encode(parsed, Overflow.SATURATE)).as("FP32 %s", decimal)
                        .isEqualTo(nearestFloatBits(decimal));
            }
        }
    }

    private static BigDecimal randomDecimal(SeededRandom random) {
        StringBuilder digits = new StringBuilder(random.uniform() < 0.5 ? "-" : "");
        int count = 1 + random.uniformInt(25);
        for (int d = 0; d < count; d++) {
            digits.append((char) ('0' + (d == 0 ? 1 + random.uniformInt(9) : random.uniformInt(10))));
        }
        return new BigDecimal(digits + "E" + (random.uniformInt(40) - 30));
    }

    /**
     * A midpoint m, m ± 10^-k·m (too close for a double), m ± a quarter and a half ulp, m to 17 digits and its
     * neighbours, the doubles beside m.
     */
    private static List<BigDecimal> nearMidpoint(double midpoint, SeededRandom random) {
        BigDecimal m = new BigDecimal(midpoint);
        BigDecimal ulp = new BigDecimal(Math.ulp(midpoint));
        BigDecimal tiny = m.multiply(BigDecimal.ONE.movePointLeft(17 + random.uniformInt(14)));
        BigDecimal quarter = ulp.divide(BigDecimal.valueOf(4));
        BigDecimal half = ulp.divide(BigDecimal.valueOf(2));
        List<BigDecimal> near = new ArrayList<>(List.of(m, m.add(tiny), m.subtract(tiny), m.add(quarter),
                m.subtract(quarter), m.add(half), m.subtract(half)));
        // and the midpoint to 17 digits and one unit of its 17th digit either side: short enough for the fast path
        BigDecimal short17 = m.round(new MathContext(17));
        near.addAll(List.of(short17, short17.add(short17.ulp()), short17.subtract(short17.ulp())));
        for (double beside : new double[] {Math.nextDown(midpoint), Math.nextUp(midpoint)}) {
            BigDecimal b = new BigDecimal(beside);
            near.addAll(List.of(b, b.add(quarter), b.subtract(quarter), b.add(tiny), b.subtract(tiny)));
        }
        return random.uniform() < 0.5 ? near : near.stream().map(BigDecimal::negate).toList();
    }

    /** The binary32 code nearest to a decimal, ties to the even code, by exact comparison of its neighbours. */
    private static int nearestFloatBits(BigDecimal decimal) {
        float guess = (float) decimal.doubleValue();
        float best = guess;
        for (float candidate : new float[] {Math.nextDown(guess), Math.nextUp(guess)}) {
            int order = decimal.subtract(new BigDecimal(candidate)).abs()
                    .compareTo(decimal.subtract(new BigDecimal(best)).abs());
            if (order < 0 || order == 0 && (Float.floatToRawIntBits(candidate) & 1) == 0) {
                best = candidate;
            }
        }
        return Float.floatToRawIntBits(best);
    }

    /** A format's rounding done on exact decimals: every finite value as a BigDecimal, compared exactly. */
    private static final class ExactRounding {
        private final FloatFormat format;
        private final FormatDefinition definition;
        private final List<Integer> codes;
        private final List<BigDecimal> values = new ArrayList<>();

        ExactRounding(FloatFormat format) {
            this.format = format;
            this.definition = FormatDefinition.of(format);
            this.codes = definition.positiveFiniteCodes();
            codes.forEach(code -> values.add(new BigDecimal(definition.value(code))));
        }

        double randomMidpoint(SeededRandom random) {
            int i = random.uniformInt(codes.size());
            double low = definition.value(codes.get(i));
            // above the largest value: the midpoint between it and the next step, where overflow starts
            double high = i + 1 < codes.size() ? definition.value(codes.get(i + 1))
                    : low + Math.scalb(1.0, Math.getExponent(low) - format.mantissaBits());
            return (low + high) / 2;
        }

        /** The saturating code of a non-zero decimal: nearest value, ties to the even code, beyond max → ±max. */
        int code(BigDecimal decimal) {
            int sign = decimal.signum() < 0 ? definition.signBit() : 0;
            BigDecimal magnitude = decimal.abs();
            // the first value not below the magnitude
            int found = Collections.binarySearch(values, magnitude);
            int above = found >= 0 ? found : -found - 1;
            if (above == values.size()) {
                return sign | codes.get(codes.size() - 1);
            }
            if (above == 0 || values.get(above).compareTo(magnitude) == 0) {
                return sign | codes.get(above);
            }
            BigDecimal midpoint = values.get(above - 1).add(values.get(above)).divide(BigDecimal.valueOf(2),
                    MathContext.UNLIMITED);
            int order = magnitude.compareTo(midpoint);
            boolean up = order > 0 || order == 0 && (codes.get(above) & 1) == 0;
            return sign | codes.get(up ? above : above - 1);
        }
    }
}
