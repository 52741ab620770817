package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Source;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code {document: R, locator: "Table 1, p.5"}} mappings. */
final class SourceReader {

    static final Set<String> FIELDS = Set.of("document", "locator");

    private SourceReader() {
    }

    static Optional<Source> read(Fields fields) {
        fields.allowOnly(FIELDS);
        Optional<String> document = fields.string("document", true);
        Optional<String> locator = fields.string("locator", true);
        if (document.isPresent() && document.get().isBlank()) {
            fields.report("document", "expected a document key of the library, got an empty string");
            return Optional.empty();
        }
        return document.isPresent() && locator.isPresent()
                ? Optional.of(new Source(document.get(), locator.get())) : Optional.empty();
    }

    static Optional<Source> readOne(Fields parent, String key, boolean required) {
        return parent.mapping(key, required).flatMap(SourceReader::read);
    }

    static List<Source> readList(Fields parent, String key) {
        List<Source> sources = new ArrayList<>();
        List<Node> items = parent.list(key, false);
        for (int i = 0; i < items.size(); i++) {
            Fields.of(parent.file(), parent.child(key) + "[" + i + "]", items.get(i), parent.problems())
                    .flatMap(SourceReader::read)
                    .ifPresent(sources::add);
        }
        return sources;
    }
}
