package org.claimcheck.claim.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Problem;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code sources.yaml}: the documents sources cite, by key, each with what a bibliography entry shows (title,
 * authors, date, link, a note for readers), how the library came by it ({@code origin}), the library file it is, if
 * any, and whether it is an input of the audit rather than a publication ({@code internal}).
 */
final class DocumentReader {

    static final Set<String> FIELDS = Set.of("title", "authors", "date", "url", "note", "origin", "file",
            "internal");
    /** A year, a month or a day, as a bibliography gives a date. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private DocumentReader() {
    }

    /**
     * The documents of {@code file} by key, in file order. A document with a title and an origin is kept even when
     * another of its fields has a problem (reported), so that what cites it is not reported as well.
     */
    static Map<String, Document> read(Path file, ClaimsTree tree, Path libraryFolder, List<Problem> problems) {
        Map<String, Document> documents = new LinkedHashMap<>();
        String display = tree.display(file);
        Optional<Fields> root = YamlFile.parse(tree, file, problems)
                .flatMap(node -> Fields.of(display, "", node, problems));
        root.ifPresent(fields -> fields.allowOnly(Set.of("documents")));
        Optional<Fields> listed = root.flatMap(fields -> fields.mapping("documents", true));
        if (listed.isEmpty()) {
            return documents;
        }
        for (NodeTuple tuple : listed.get().tuples()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Fields.of(display, "documents." + key, tuple.getValueNode(), problems)
                    .flatMap(fields -> document(key, fields, tree, libraryFolder))
                    .ifPresent(document -> documents.put(key, document));
        }
        return documents;
    }

    private static Optional<Document> document(String key, Fields fields, ClaimsTree tree, Path libraryFolder) {
        fields.allowOnly(FIELDS);
        Optional<String> title = fields.string("title", true);
        Optional<String> origin = fields.string("origin", true);
        String authors = fields.string("authors", false).orElse("");
        String date = fields.string("date", false).filter(text -> valid(fields, "date", DATE.matcher(text)
                .matches(), "a date YYYY, YYYY-MM or YYYY-MM-DD", text)).orElse("");
        String url = fields.string("url", false).filter(text -> valid(fields, "url", isWebAddress(text),
                "an http:// or https:// address", text)).orElse("");
        String note = fields.string("note", false).orElse("");
        String file = fields.string("file", false).map(path -> tree.display(libraryFolder.resolve(path).normalize()))
                .orElse("");
        boolean internal = fields.bool("internal", false).orElse(false);
        return title.flatMap(known -> origin.map(how -> new Document(key, known, authors, date, url, note, how, file,
                internal)));
    }

    /** Whether {@code ok}; if not, a problem at the field. */
    private static boolean valid(Fields fields, String key, boolean ok, String expected, String got) {
        if (!ok) {
            fields.report(key, "expected " + expected + ", got \"" + got + "\"");
        }
        return ok;
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && text.length() > "https://".length()
                && text.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
