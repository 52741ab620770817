package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundedTest {

    // each row by hand: the claimed figure's last digit, one digit finer, then rounded half to even
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0.909286852877375;  RATIO;      84%;             90.9%",
        "-3.8802113322530625; RATIO;     84%;             -388.0%",
        "0.5;                RATIO;      50%;             50%",
        "0.0397298;          RATIO;      +12%;            4.0%",
        "5576000;            USD;        $100M;           $5.6M",
        "61680000;           USD;        $5.576M;         $61.6800M",
        "671026419200;       PARAMETERS; 671B parameters; 671.0B parameters",
        "256;                EXPERTS;    8 experts;       256 experts",
        "0.0596181;          RATIO;      0%;              6.0%",
        "1.5;                TIMES;      1.2x;            1.50x"
    })
    void should_show_a_value_to_one_digit_past_the_claimed_figure_in_its_unit(double value, Unit unit,
                                                                              String claimed, String shown) {
        assertThat(Rounded.value(Quantity.of(value, unit), FigureParser.parse(claimed).orElseThrow()))
                .isEqualTo(shown);
    }
}
