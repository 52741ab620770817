package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The authoring guide's field reference (claims/README.md, "Field reference") names every field each reader takes and
 * no other: a field added to a reader and not to the guide, or one the guide keeps after the reader dropped it, fails.
 */
class FieldReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([^|`]+?) \\| `([a-z_]+)` \\|", Pattern.MULTILINE);

    @Test
    void should_list_exactly_the_fields_each_reader_takes() throws IOException {
        String guide = Files.readString(Path.of("claims/README.md"));
        int start = guide.indexOf("## Field reference");
        assertThat(start).isNotNegative();
        String table = guide.substring(start, guide.indexOf("\n## ", start + 1));
        Map<String, Set<String>> listed = new TreeMap<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            for (String object : row.group(1).split(", ")) {
                listed.computeIfAbsent(object.strip(), key -> new TreeSet<>()).add(row.group(2));
            }
        }
        Map<String, Set<String>> read = new TreeMap<>();
        read.put("article.yaml", new TreeSet<>(ArticleLoader.ARTICLE_FIELDS));
        read.put("waiver", new TreeSet<>(ArticleLoader.QUOTED_FIELDS));
        read.put("artefact", new TreeSet<>(ArticleLoader.QUOTED_FIELDS));
        read.put("claim file", new TreeSet<>(ClaimFileLoader.FILE_FIELDS));
        read.put("claim", new TreeSet<>(ClaimFileLoader.CLAIM_FIELDS));
        read.put("part", new TreeSet<>(PartReader.FIELDS));
        read.put("asserts", new TreeSet<>(AssertionReader.FIELDS));
        read.put("tolerance", new TreeSet<>(AssertionReader.TOLERANCE_FIELDS));
        read.put("interpretation", new TreeSet<>(InterpretationReader.FIELDS));
        read.put("input", new TreeSet<>(InterpretationReader.REFERENCE_FIELDS));
        read.put("caveat", new TreeSet<>(CaveatReader.FIELDS));
        read.put("source", new TreeSet<>(SourceReader.FIELDS));
        read.put("document (sources.yaml)", new TreeSet<>(DocumentReader.FIELDS));
        read.put("fact file", new TreeSet<>(FactFileLoader.FILE_FIELDS));
        read.put("fact", new TreeSet<>(FactFileLoader.FACT_FIELDS));
        read.put("from", new TreeSet<>(FactFileLoader.FROM_FIELDS));
        assertThat(listed).isEqualTo(read);
    }
}
