package org.claimcheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.Display;

/**
 * Derived values as a verdict sentence shows them: in the claimed figure's unit, to one digit past the figure's own
 * last digit. A claim written "84%" is precise to 1 point, so 0.909287 is shown as 90.9%; one written "$100M" to
 * $1M, so $5.576M is shown as $5.6M. A value that is whole at that scale (exactly 50%, 256 experts) is shown without
 * decimals. The working keeps every digit.
 */
final class Rounded {

    private Rounded() {
    }

    /** {@code derived} in {@code claimed}'s unit, to its precision and a digit more: "90.9%", "$5.6M", "671.0B". */
    static String value(Quantity derived, StatedFigure claimed) {
        Unit unit = claimed.quantity().unit();
        if (claimed.halfStep() == 0 || derived.dimension() != unit.dimension()) {
            return Display.quantity(derived, unit);
        }
        double shown = derived.to(unit).value();
        // at the scale Numbers.human writes it: M, B or T from a million up
        Numbers.Scale at = Numbers.scaleOf(shown, false);
        double scale = at.factor();
        // one tenth of the claimed figure's step, at the scale the value is shown in
        double finer = 2 * claimed.halfStep() / 10 / scale;
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(finer) - 1e-9));
        double scaled = shown / scale;
        // a whole value (50% from exactly 0.5, give or take the last bit of the unit conversion) keeps no decimals
        boolean whole = Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
        BigDecimal rounded = new BigDecimal(whole ? Math.rint(scaled) : scaled)
                .setScale(whole ? 0 : decimals, RoundingMode.HALF_EVEN);
        return Numbers.withUnit(rounded.toPlainString() + at.suffix(), unit);
    }
}
