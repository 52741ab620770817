package org.claimcheck.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckabilityRulesTest {

    private static List<String> names(String sentence) {
        return CheckabilityRules.matching(sentence).stream().map(CheckabilityRules.Rule::name).toList();
    }

    /** Each row: a sentence and the rules a reader finds in it, labelled by hand (- for none). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "It saves 40 percent of memory.; percent,number",
        "Costs fell by 3 percentage points.; percent,number",
        "It was trained for $5.576M.; money,number",
        "A budget of 100 million dollars.; money,number,number-word",
        "It runs 1.2x as fast.; multiplier,number",
        "Throughput grew ×3.; multiplier,number",
        "It took 10 times the compute.; multiplier,number",
        // ordinals and digits inside names are not quantities
        "Secret #1: FP8 Training; -",
        "Our 1st and 20th runs on H800 GPUs; -",
        "GPT-4 and Claude-3.5 on E4M3 hardware; -",
        "A version apart from its name: Llama 3; number",
        "It is one of a kind.; -",
        "Five-step breakdown:; number-word",
        "Half the heads are pruned.; number-word",
        "It is faster than the baseline.; comparative",
        "Accuracy vs standard MoE; comparative",
        "Pruning slashed costs.; effect-verb",
        "It outperforms everything and reduces waste.; effect-verb",
        "Gradient Clipping: Prevents overflow.; effect-verb,mechanism",
        "KV Cache Sharing: Reuses cached keys; mechanism",
        "| Redundant Experts | Balances load |; mechanism",
        "Note: This is a label, not a mechanism.; -",
        "The architecture is like a brain.; -",
        "Their warm-up technique pre-trains specialists.; technique-verb",
        "Hold onto your keyboards, AI enthusiasts!; -"})
    void should_find_the_rules_a_reader_finds(String sentence, String expected) {
        List<String> wanted = expected.equals("-") ? List.of() : Arrays.asList(expected.split(","));
        assertThat(names(sentence)).as(sentence).isEqualTo(wanted);
    }

    @Test
    void should_name_every_rule_once_in_kebab_case_with_a_description() {
        List<String> names = CheckabilityRules.ALL.stream().map(CheckabilityRules.Rule::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
        assertThat(names).containsExactly("percent", "money", "multiplier", "number", "number-word", "comparative",
                "effect-verb", "mechanism", "technique-verb");
        assertThat(CheckabilityRules.ALL).allMatch(rule -> !rule.description().isBlank());
    }
}
