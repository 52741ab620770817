package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The inputs of a derivation as a check reads them, each recorded with its source in the order read: a parameter the
 * claim gives ({@code with.NAME}), the check's documented default, or a figure of the library. Not thread-safe: one
 * per run of a check.
 */
public final class Inputs {

    /** A figure of the library with its source, read only when the claim does not give the parameter. */
    @FunctionalInterface
    public interface Figure {
        SourcedValue read() throws CheckException;
    }

    private final Parameters parameters;
    private final List<SourcedValue> recorded = new ArrayList<>();

    public Inputs(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * An integer parameter in [min, max], or the check's {@code fallback}, recorded.
     *
     * @throws CheckException INVALID_INPUT when it is not an integer in [min, max]
     */
    public long integer(String name, long fallback, long min, long max, Unit unit) throws CheckException {
        long value = parameters.integer(name, fallback, min, max);
        add(new SourcedValue(name, value, unit, parameters.source(name)));
        return value;
    }

    /**
     * A number parameter in [min, max], or the check's {@code fallback}, recorded.
     *
     * @throws CheckException INVALID_INPUT when it is not a finite number in [min, max]
     */
    public double number(String name, double fallback, double min, double max, Unit unit) throws CheckException {
        double value = parameters.number(name, fallback, min, max);
        add(new SourcedValue(name, value, unit, parameters.source(name)));
        return value;
    }

    /**
     * A number parameter in [min, max], or the check's {@code fallback}, recorded; a fallback's source says why the
     * check must assume one ({@code why}, e.g. "R states no chunk times").
     *
     * @throws CheckException INVALID_INPUT when it is not a finite number in [min, max]
     */
    public double assumed(String name, double fallback, double min, double max, Unit unit, String why)
            throws CheckException {
        double value = parameters.number(name, fallback, min, max);
        Source source = parameters.source(name);
        add(new SourcedValue(name, value, unit, parameters.names().contains(name) ? source
                : new Source(source.document(), source.locator() + " (" + why + ")")));
        return value;
    }

    /**
     * An integer parameter in [min, max] when the claim gives it, else the library's figure (taken as stated),
     * recorded with its source.
     *
     * @throws CheckException INVALID_INPUT when the given value is out of range; as {@code figure} when it is read
     */
    public long integerOr(String name, long min, long max, Unit unit, Figure figure) throws CheckException {
        return parameters.names().contains(name) ? integer(name, 0, min, max, unit) : (long) add(figure.read());
    }

    /**
     * A number parameter in [min, max] when the claim gives it, else the library's figure (taken as stated),
     * recorded with its source.
     *
     * @throws CheckException INVALID_INPUT when the given value is out of range; as {@code figure} when it is read
     */
    public double numberOr(String name, double min, double max, Unit unit, Figure figure) throws CheckException {
        return parameters.names().contains(name) ? number(name, 0, min, max, unit) : add(figure.read());
    }

    /** Records a value read elsewhere; gives back its number. */
    public double add(SourcedValue value) {
        recorded.add(value);
        return value.value();
    }

    /** Everything recorded so far, in the order read. */
    public List<SourcedValue> recorded() {
        return List.copyOf(recorded);
    }
}
