package org.claimcheck.claim.load;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The files {@code init} starts an article folder with, as text: {@code article.yaml} and a claim file of drafts, one
 * stub per checkable sentence, each valid claim YAML marked {@code draft: true} so that an author edits it in place.
 */
public final class DraftFile {

    /** Words of the sentence an id is made of, at most. */
    private static final int ID_WORDS = 6;

    /**
     * A stub to write.
     *
     * @param quote   the sentence, white space made single spaces
     * @param section the heading it stands under, if the article has one above it
     * @param figures each figure the sentence writes, as a claim file writes it ({@code 671B parameters}), with its
     *                value in base units for the comment ({@code 6.71e+11 parameters})
     */
    public record Stub(String quote, Optional<String> section, List<Figure> figures) {
        public Stub {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(section, "section");
            figures = List.copyOf(figures);
        }

        /**
         * The figure the stub asserts: the first with a unit ("46.7B parameters", "84%"), else the first. A bare
         * number is more often part of a name ("Mixtral 8x7B", "Llama 3") than the figure a sentence claims.
         */
        public Figure asserted() {
            return figures.stream().filter(figure -> !figure.bare()).findFirst().orElse(figures.get(0));
        }
    }

    /**
     * A figure of a stub.
     *
     * @param text   as a claim file writes it: {@code 84%}, {@code 671B parameters}
     * @param parsed its value and base unit, for the reader of the stub: {@code 0.84 ratio}
     * @param bare   whether it is a number without a unit ({@code 8}, a count)
     */
    public record Figure(String text, String parsed, boolean bare) {
        public Figure {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(parsed, "parsed");
        }
    }

    private DraftFile() {
    }

    /**
     * The article.yaml of a new folder.
     *
     * @param title  the article's title
     * @param models the stated architectures named with {@code --model}, possibly none
     */
    public static String articleYaml(String title, List<String> models) {
        StringBuilder yaml = new StringBuilder("# The article under test and the stated architectures it is checked "
                + "against (models or fact\n# namespaces of the library; claims/README.md). Written by claimcheck "
                + "init.\ntitle: ").append(YamlText.quoted(title)).append("\nurl: \"\"\narchitectures: [");
        for (int i = 0; i < models.size(); i++) {
            yaml.append(i == 0 ? "" : ", ").append(YamlText.quoted(models.get(i)));
        }
        return yaml.append("]\n").toString();
    }

    /** The claim file of drafts: a header that says what to do, then one stub per sentence, in article order. */
    public static String claims(List<Stub> stubs) {
        StringBuilder yaml = new StringBuilder("""
                # Drafts written by claimcheck init: one claim stub per checkable sentence of article.txt.
                # For each, cut the quote to the claim's own words, check its figure, write its interpretations
                # (claims/README.md), and remove "draft: true"; delete a stub that holds no claim and waive its
                # sentence in article.yaml instead. Until then the audit reports each draft as a problem.
                claims:
                """);
        Set<String> ids = new HashSet<>();
        for (Stub stub : stubs) {
            yaml.append("  - id: ").append(uniqueId(stub.quote(), ids)).append('\n')
                    .append("    draft: true\n")
                    .append("    quote: ").append(YamlText.quoted(stub.quote())).append('\n');
            stub.section().ifPresent(section -> yaml.append("    section: ").append(YamlText.quoted(section))
                    .append('\n'));
            if (stub.figures().isEmpty()) {
                yaml.append("    # no figure: assert a mechanism, or nothing_testable\n");
            } else {
                yaml.append("    asserts:\n      figure: ").append(YamlText.quoted(stub.asserted().text()))
                        .append('\n').append("    # figures in the sentence:");
                stub.figures().forEach(figure -> yaml.append(' ').append(figure.text()).append(" (")
                        .append(figure.parsed()).append(");"));
                yaml.setLength(yaml.length() - 1);
                yaml.append('\n');
            }
        }
        return yaml.toString();
    }

    /** A kebab-case id from the first words of the quote, made unique with a number. */
    static String uniqueId(String quote, Set<String> taken) {
        String[] words = quote.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        String base = String.join("-", java.util.Arrays.stream(words).filter(word -> !word.isEmpty())
                .limit(ID_WORDS).toList());
        base = base.isEmpty() ? "sentence" : base;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
