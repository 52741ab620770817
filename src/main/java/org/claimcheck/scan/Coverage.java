package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.TextSpan;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.Draft;

/**
 * Which checkable sentences of an article its claims cover, its drafts hold for later and its waivers put out of scope.
 * A claim (or a draft) covers every
 * sentence its quote overlaps (a quote within one sentence covers that sentence; a quote across a sentence end covers
 * each sentence it touches); quotes match verbatim with any run of white space as one, as the loader checks them.
 *
 * @param entries          one per checkable sentence, in article order
 * @param unplacedClaims   ids of claims whose quote is nowhere in the text (their article text is another one)
 * @param unplacedWaivers  quotes of waivers that are nowhere in the text
 */
public record Coverage(List<Entry> entries, List<String> unplacedClaims, List<String> unplacedWaivers) {

    /** How a checkable sentence is accounted for. */
    public enum Status {
        /** At least one claim quotes it. */
        COVERED,
        /** No claim quotes it, but a draft does: a claim stub with no reading yet. */
        DRAFTED,
        /** No claim quotes it, and a waiver of the article puts it out of scope. */
        WAIVED,
        /** Neither. */
        UNCOVERED
    }

    /**
     * One checkable sentence and what accounts for it.
     *
     * @param sentence      the sentence
     * @param rules         why it is checkable, in the order of {@link CheckabilityRules#ALL}
     * @param claimIds      the claims that quote it, in claim order
     * @param waiverReasons the reasons of the waivers that quote it, in waiver order
     * @param draftIds      the drafts that quote it, in draft order
     */
    public record Entry(Sentence sentence, List<CheckabilityRules.Rule> rules, List<String> claimIds,
                        List<String> waiverReasons, List<String> draftIds) {
        public Entry {
            Objects.requireNonNull(sentence, "sentence");
            rules = List.copyOf(rules);
            claimIds = List.copyOf(claimIds);
            waiverReasons = List.copyOf(waiverReasons);
            draftIds = List.copyOf(draftIds);
        }

        /** An entry no draft quotes. */
        public Entry(Sentence sentence, List<CheckabilityRules.Rule> rules, List<String> claimIds,
                     List<String> waiverReasons) {
            this(sentence, rules, claimIds, waiverReasons, List.of());
        }

        /**
         * COVERED when a claim quotes it (a waiver too does not change that), else DRAFTED when a draft does (work
         * under way comes before a waiver), else WAIVED or UNCOVERED.
         */
        public Status status() {
            if (!claimIds.isEmpty()) {
                return Status.COVERED;
            }
            if (!draftIds.isEmpty()) {
                return Status.DRAFTED;
            }
            return waiverReasons.isEmpty() ? Status.UNCOVERED : Status.WAIVED;
        }
    }

    public Coverage {
        entries = List.copyOf(entries);
        unplacedClaims = List.copyOf(unplacedClaims);
        unplacedWaivers = List.copyOf(unplacedWaivers);
    }

    /** The coverage of an article folder as the loader read it: its text, claims, drafts and waivers. */
    public static Coverage of(ArticleClaims article) {
        return of(article.article().text(), article.claims(), article.drafts(), article.article().waivers());
    }

    /** The coverage of {@code text} by {@code claims} and {@code waivers} (either may be empty). */
    public static Coverage of(String text, List<Claim> claims, List<Article.Waiver> waivers) {
        return of(ArticleText.of(text), claims, waivers);
    }

    /** The coverage of {@code text} by {@code claims}, {@code drafts} and {@code waivers} (any may be empty). */
    public static Coverage of(String text, List<Claim> claims, List<Draft> drafts, List<Article.Waiver> waivers) {
        return of(ArticleText.of(text), claims, drafts, waivers);
    }

    /** The coverage of an indexed text by {@code claims} and {@code waivers} (either may be empty). */
    public static Coverage of(ArticleText text, List<Claim> claims, List<Article.Waiver> waivers) {
        return of(text, claims, List.of(), waivers);
    }

    /**
     * The coverage of an indexed text by claims, drafts and waivers. Each quote's places are found once and each place is matched to the sentences
     * it overlaps by a binary search, so the work grows with the places, not with places × sentences.
     */
    public static Coverage of(ArticleText text, List<Claim> claims, List<Draft> drafts,
                              List<Article.Waiver> waivers) {
        List<List<TextSpan>> claimSpans = claims.stream().map(claim -> text.all(claim.quote())).toList();
        List<List<TextSpan>> draftSpans = drafts.stream().map(draft -> text.all(draft.quote())).toList();
        List<List<TextSpan>> waiverSpans = waivers.stream().map(waiver -> text.all(waiver.quote())).toList();
        List<CheckableSentences.Checkable> checkable = CheckableSentences.of(text.text());
        List<Sentence> sentences = checkable.stream().map(CheckableSentences.Checkable::sentence).toList();
        List<BitSet> claimsOf = overlapping(claimSpans, sentences);
        List<BitSet> waiversOf = overlapping(waiverSpans, sentences);
        List<BitSet> draftsOf = overlapping(draftSpans, sentences);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < checkable.size(); i++) {
            entries.add(new Entry(sentences.get(i), checkable.get(i).rules(), labels(claims, Claim::id,
                    claimsOf.get(i)), labels(waivers, Article.Waiver::reason, waiversOf.get(i)),
                    labels(drafts, Draft::id, draftsOf.get(i))));
        }
        return new Coverage(entries, labels(claims, Claim::id, i -> claimSpans.get(i).isEmpty()),
                labels(waivers, Article.Waiver::quote, i -> waiverSpans.get(i).isEmpty()));
    }

    /**
     * For each sentence, the items with a span that overlaps it. The sentences stand in text order and none overlap
     * ({@link SentenceSplitter#split}), so their ends ascend too and the first one a span reaches is found by
     * bisection.
     */
    private static List<BitSet> overlapping(List<List<TextSpan>> spans, List<Sentence> sentences) {
        List<BitSet> items = new ArrayList<>();
        sentences.forEach(sentence -> items.add(new BitSet()));
        for (int item = 0; item < spans.size(); item++) {
            for (TextSpan span : spans.get(item)) {
                for (int at = firstEndingAfter(sentences, span.start()); at < sentences.size()
                        && sentences.get(at).start() < span.end(); at++) {
                    items.get(at).set(item);
                }
            }
        }
        return items;
    }

    /** The index of the first sentence that ends after {@code offset}; the size when none does. */
    private static int firstEndingAfter(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).end() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The labels of the items whose index is set, in item order. */
    private static <T> List<String> labels(List<T> items, Function<T, String> label, BitSet indices) {
        return indices.stream().mapToObj(i -> label.apply(items.get(i))).toList();
    }

    /** The labels of the items whose index passes {@code test}, in item order. */
    private static <T> List<String> labels(List<T> items, Function<T, String> label, IntPredicate test) {
        return IntStream.range(0, items.size()).filter(test).mapToObj(i -> label.apply(items.get(i))).toList();
    }

    /** How many entries have {@code status}. */
    public int count(Status status) {
        return (int) entries.stream().filter(entry -> entry.status() == status).count();
    }

    /** Whether every checkable sentence is covered or waived (none is uncovered or only drafted). */
    public boolean complete() {
        return count(Status.UNCOVERED) == 0 && count(Status.DRAFTED) == 0;
    }

    /** {@code N checkable sentences: C covered, W waived, U uncovered}, with {@code , D drafted} when some are. */
    public String summary() {
        int drafted = count(Status.DRAFTED);
        return String.format(Locale.ROOT, "%d checkable sentences: %d covered, %d waived, %d uncovered",
                entries.size(), count(Status.COVERED), count(Status.WAIVED), count(Status.UNCOVERED))
                + (drafted == 0 ? "" : String.format(Locale.ROOT, ", %d drafted", drafted));
    }
}
