package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The sentences of an article that hold a number or a checkable assertion, by {@link CheckabilityRules}. */
public final class CheckableSentences {

    /**
     * A checkable sentence and why.
     *
     * @param sentence the sentence
     * @param rules    the rules it matches, in the order of {@link CheckabilityRules#ALL}; never empty
     */
    public record Checkable(Sentence sentence, List<CheckabilityRules.Rule> rules) {
        public Checkable {
            Objects.requireNonNull(sentence, "sentence");
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("a checkable sentence matches a rule: " + sentence.text());
            }
        }
    }

    private CheckableSentences() {
    }

    /** The checkable sentences of {@code text}, in order. */
    public static List<Checkable> of(String text) {
        List<Checkable> checkable = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            List<CheckabilityRules.Rule> rules = CheckabilityRules.matching(sentence.normalised());
            if (!rules.isEmpty()) {
                checkable.add(new Checkable(sentence, rules));
            }
        }
        return List.copyOf(checkable);
    }
}
