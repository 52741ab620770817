package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** {@code fp8.format}: a constant of a format (largest value, bias, dynamic range …) from its bit-exact codec. */
final class FormatCheck implements Check {

    /** The constants a claim can ask for. */
    enum Property implements Named {
        MAX("max", Unit.COUNT), MIN_NORMAL("min-normal", Unit.COUNT), MIN_SUBNORMAL("min-subnormal", Unit.COUNT),
        EXPONENT_BITS("exponent-bits", Unit.BITS), MANTISSA_BITS("mantissa-bits", Unit.BITS),
        BITS("bits", Unit.BITS), BIAS("bias", Unit.COUNT), DYNAMIC_RANGE("dynamic-range", Unit.COUNT),
        BYTES_PER_ELEMENT("bytes-per-element", Unit.BYTES), HAS_INFINITY("has-infinity", Unit.RATIO);

        private final String id;
        private final Unit unit;

        Property(String id, Unit unit) {
            this.id = id;
            this.unit = unit;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Override
    public String kind() {
        return "fp8.format";
    }

    @Override
    public String summary() {
        return "A constant of E4M3, E5M2, BF16, FP16, FP32 or E2M1: largest/smallest values (dimensionless), field widths (bits), "
                + "bias, dynamic range max/min-subnormal, bytes per element";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("format", Named.oneOf(FloatFormat.class), "the format"),
                Parameter.required("property", Named.oneOf(Property.class),
                        "max: largest finite value; min-normal: 2^(1-bias); min-subnormal: 2^(1-bias-mantissa); "
                                + "dynamic-range: max / min-subnormal; has-infinity: a stated property "
                                + "(infinity or no-infinity); the others in bits or bytes"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        FloatFormat format = parameters.choice("format", FloatFormat.class);
        Property property = parameters.choice("property", Property.class);
        Source source = Fp8Sources.definition(format);
        List<SourcedValue> inputs = List.of(
                new SourcedValue(format + " exponent bits", format.exponentBits(), Unit.BITS, source),
                new SourcedValue(format + " mantissa bits", format.mantissaBits(), Unit.BITS, source),
                new SourcedValue(format + " exponent bias", format.bias(), Unit.COUNT, source));
        List<String> steps = List.of(
                String.format(Locale.ROOT, "%s = 1 sign + %d exponent (bias %d) + %d mantissa bits; %s",
                        format, format.exponentBits(), format.bias(), format.mantissaBits(),
                        specials(format)),
                String.format(Locale.ROOT, "max = %s; min normal = 2^(1-%d) = %s; min subnormal = 2^(1-%d-%d) = %s",
                        format.maxFinite(), format.bias(), format.minNormal(), format.bias(),
                        format.mantissaBits(), format.minSubnormal()),
                String.format(Locale.ROOT, "dynamic range = max / min subnormal = %.6g = 2^%.2f",
                        dynamicRange(format), Math.log(dynamicRange(format)) / Math.log(2)));
        if (property == Property.HAS_INFINITY) {
            return Measurement.stated(format.hasInfinity() ? "infinity" : "no-infinity", inputs, steps);
        }
        return Measurement.of(Quantity.of(value(format, property), property.unit), inputs, steps);
    }

    private static double value(FloatFormat format, Property property) {
        return switch (property) {
            case MAX -> format.maxFinite();
            case MIN_NORMAL -> format.minNormal();
            case MIN_SUBNORMAL -> format.minSubnormal();
            case EXPONENT_BITS -> format.exponentBits();
            case MANTISSA_BITS -> format.mantissaBits();
            case BITS -> format.bits();
            case BIAS -> format.bias();
            case DYNAMIC_RANGE -> dynamicRange(format);
            case BYTES_PER_ELEMENT -> format.bytesPerElement();
            case HAS_INFINITY -> throw new IllegalStateException("has-infinity is a stated property");
        };
    }

    private static String specials(FloatFormat format) {
        if (format.hasInfinity()) {
            return "the all-ones exponent holds ±infinity and NaN";
        }
        return format.hasNaN() ? "no infinity, S.1111.111 is NaN and S.1111.110 the largest value"
                : "no infinity and no NaN, S.11.1 is the largest value";
    }

    private static double dynamicRange(FloatFormat format) {
        return format.maxFinite() / format.minSubnormal();
    }
}
