package org.claimcheck.scan;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a sentence checkable, as data: a short list of named patterns. A sentence is checkable when at least one
 * matches; the names of those that match say why. The rules lean towards listing a sentence: a sentence listed
 * wrongly costs a waiver with its reason, a sentence missed is a claim nobody checks.
 *
 * <p>Deliberately not counted: ordinals ({@code Secret #1}, {@code 1st}, {@code 20th}) and digits inside a name
 * ({@code V3}, {@code FP8}, {@code H800}, {@code E4M3}, {@code GPT-4}, {@code Claude-3.5}), which number or name
 * things rather than measure them; the word "one", mostly a pronoun or an article ("one of", "in one brain"). A
 * version written apart from its name ({@code Llama 3}) does count as a number: it cannot be told from a quantity
 * without knowing the name.
 */
public final class CheckabilityRules {

    /**
     * One reason a sentence is checkable.
     *
     * @param name        short kebab-case name, as reports show it
     * @param description what it matches, with examples
     * @param pattern     found anywhere in the sentence (or from its start, for patterns anchored with {@code ^})
     */
    public record Rule(String name, String description, Pattern pattern) {
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(pattern, "pattern");
        }

        /** Whether the rule finds its pattern in {@code sentence}. */
        public boolean matches(String sentence) {
            return pattern.matcher(sentence).find();
        }
    }

    private static final String NOT_IN_NAME = "(?<![\\p{L}\\p{N}#.,_/])(?<![\\p{L}\\p{N}][-‐])";
    private static final String COPULA = "(?!(?:[Ii]s|[Ww]as|[Hh]as|[Dd]oes|[Aa]s|[Tt]his|[Ii]ts|[Hh]is|[Yy]es|[Tt]hus"
            + "|[Pp]lus|[Ll]ess|[Uu]nless)\\b)";

    /** Every rule, in the order reports list them. */
    public static final List<Rule> ALL = List.of(
            rule("percent", "a percentage: 62%, +12%, 40 percent, 3 percentage points",
                    "\\d\\s?%|\\bper ?cent\\b|\\bpercentage points?\\b", 0),
            rule("money", "an amount of money: $100M, € 5, 2 million dollars, 5 USD",
                    "[$€£¥]\\s?\\d|\\d\\s?(?:[KMB]|million|billion)?\\s?(?:USD|EUR|dollars?|euros?)\\b", 0),
            rule("multiplier", "a factor: 1.2x, 3×, ×4, 10 times",
                    "\\d\\s?[x×](?![\\p{L}\\p{N}])|×\\s?\\d|\\d\\s+times\\b", 0),
            rule("number", "a quantity in digits: 671B, 2.5, 128-channel, Llama 3; not an ordinal (#1, 1st) nor a "
                    + "digit inside a name (V3, FP8, H800, GPT-4, Claude-3.5)",
                    NOT_IN_NAME + "\\d+(?:[.,]\\d+)*(?!\\p{N})(?!(?:st|nd|rd|th)\\b)", 0),
            rule("number-word", "a quantity in words: five-step, twice, half, millions (not \"one\")",
                    "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
                            + "|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?"
                            + "|half|twice|thrice|double|triple|quadruple)\\b", Pattern.CASE_INSENSITIVE),
            rule("comparative", "a comparison: vs, than, compared to, faster, cheaper, narrower, more, less",
                    "\\b(?:vs\\.?|versus|compared (?:to|with)|relative to|than|faster|slower|cheaper|costlier|smaller"
                            + "|larger|bigger|fewer|less|more|higher|lower|better|worse|narrower|wider|finer|coarser"
                            + "|longer|shorter)\\b", Pattern.CASE_INSENSITIVE),
            rule("effect-verb", "a verb that asserts an effect: cuts, reduces, slashes, halves, outperforms, "
                    + "eliminates, prevents, avoids, boosts, crushes, optimizes",
                    "\\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing|tions?)|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?"
                            + "|halv(?:e|es|ed|ing)|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|outperform(?:s|ed|ing)?"
                            + "|eliminat(?:e|es|ed|ing|ion)|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|boost(?:s|ed|ing)?"
                            + "|improv(?:e|es|ed|ing|ements?)|increas(?:e|es|ed|ing)|accelerat(?:e|es|ed|ing)"
                            + "|speed(?:s|ing)? up|sped up|shrink(?:s|ing)?|shrunk|compress(?:es|ed|ing)?"
                            + "|crush(?:es|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?"
                            + "|outpac(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)"
                            + "|maximi[sz](?:e|es|ed|ing))\\b", Pattern.CASE_INSENSITIVE),
            rule("mechanism", "a named mechanism and what it does, as a label, a colon or a table bar, and a verb: "
                    + "\"Token Compression: Groups 64 tokens …\", \"Redundant Experts | Eliminates …\"",
                    "^\\|?\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]*(?:\\s+[\\p{L}\\p{N}'’-]+){0,5}\\s*[:|]\\s*" + COPULA
                            + "\\p{Lu}[\\p{L}-]+s\\b", 0),
            rule("technique-verb", "a technique, strategy or method as the subject of what it does: \"technique "
                    + "pre-trains specialists\", \"strategy slashes\"",
                    "\\b(?:technique|strategy|mechanism|method|algorithm|approach|scheme|architecture|framework)\\s+"
                            + COPULA + "\\p{Ll}[\\p{L}-]+s\\b", 0));

    private CheckabilityRules() {
    }

    /** The rules that match {@code sentence}, in the order of {@link #ALL}; empty when it is not checkable. */
    public static List<Rule> matching(String sentence) {
        return ALL.stream().filter(rule -> rule.matches(sentence)).toList();
    }

    private static Rule rule(String name, String description, String regex, int flags) {
        return new Rule(name, description, Pattern.compile(regex, flags | Pattern.UNICODE_CHARACTER_CLASS));
    }
}
