package org.claimcheck.check.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WinShareCheckTest {

    private final WinShareCheck check = new WinShareCheck();

    private double share(Map<String, Object> parameters) throws CheckException {
        return check.run(LibraryFixture.alone(), Parameters.of(parameters)).quantity().inBase();
    }

    // Counts from FACTS.md D12 and claim 2, made by hand from R Table 6 (p.31), 22 rows:
    // V3 above Llama-3.1-405B on 21 (below on MMLU 88.5/88.6); above Claude-3.5-Sonnet on 16 (below on MMLU-Pro,
    // IF-Eval, GPQA, SimpleQA, SWE Verified, Aider-Edit); above GPT-4o on 20 (below on SimpleQA, FRAMES).
    // With R's "0.3 or less is the same level": Llama loses IF-Eval (+0.1) → 20; Claude loses MMLU (+0.2) and
    // MMLU-Redux (+0.2) → 14.
    @ParameterizedTest
    @CsvSource({
        "LLaMA-3.1-405B-Inst,    0,   21, 22",
        "Claude-3.5-Sonnet-1022, 0,   16, 22",
        "GPT-4o-0513,            0,   20, 22",
        "LLaMA-3.1-405B-Inst,    0.3, 20, 22",
        "Claude-3.5-Sonnet-1022, 0.3, 14, 22",
        // SWE Verified has no score for V2-0506: 21 rows compared, V3 above on all of them
        "DeepSeek-V2-0506,       0,   21, 21"
    })
    void should_count_wins_on_the_chat_table(String baseline, double margin, int wins, int rows)
            throws CheckException {
        assertThat(share(Map.of("baseline", baseline, "margin", margin))).isEqualTo((double) wins / rows);
    }

    @Test
    void should_count_lower_bits_per_byte_as_better_on_the_base_table() throws CheckException {
        // R Table 3 (p.25), 32 rows, V3-Base vs LLaMA-3.1-405B-Base (FACTS.md claim 2): higher on 22 rows, lower on 8,
        // a tie on ARC-Challenge (95.3), and Pile-test BPB 0.548 vs 0.542 where Llama is ahead → 22 wins of 32
        assertThat(share(Map.of("baseline", "LLaMA-3.1-405B-Base", "table", "base"))).isEqualTo(22.0 / 32);
    }

    @Test
    void should_name_the_columns_when_the_baseline_is_unknown() {
        assertThatThrownBy(() -> share(Map.of("baseline", "Llama 3")))
                .isInstanceOf(CheckException.class)
                .hasMessage("baseline: expected a column of R Table 6 (one of DeepSeek-V2-0506, DeepSeek-V2.5-0905, "
                        + "Qwen2.5-72B-Inst, LLaMA-3.1-405B-Inst, Claude-3.5-Sonnet-1022, GPT-4o-0513, DeepSeek-V3), "
                        + "got \"Llama 3\"");
    }

    @Test
    void should_refuse_an_unknown_table() {
        assertThatThrownBy(() -> share(Map.of("baseline", "GPT-4o-0513", "table", "table9")))
                .hasMessage("table: expected chat or base, got \"table9\"");
    }
}
