package org.claimcheck.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.TestTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class ClaimsTestEngineTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tree/claims");

    @Test
    void should_run_each_claim_as_a_test_with_flagged_claims_failing() {
        // when
        Events tests = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(FIXTURES.resolve("flagged").toFile()))
                .execute().testEvents();
        // then
        tests.assertStatistics(stats -> stats.started(4).succeeded(1).failed(3).skipped(0));
        tests.assertThatEvents().haveExactly(1, event(test("compute-cut-84"),
                finishedWithFailure(message(m -> m.startsWith("claim compute-cut-84 (claims/flagged/claims/"
                        + "flagged.yaml:2:5) DOES NOT FOLLOW")))));
    }

    @Test
    void should_skip_claims_with_nothing_testable() {
        Events tests = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(FIXTURES.resolve("good").toFile()))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(2).succeeded(2).skipped(1));
    }

    @Test
    void should_discover_every_article_below_a_claims_folder_and_point_at_file_and_line() {
        // when
        EngineDiscoveryResults results = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(FIXTURES.toFile())).discover();
        // then
        List<TestDescriptor> claims = results.getEngineDescriptor().getDescendants().stream()
                .filter(d -> d.getType() == TestDescriptor.Type.TEST).map(TestDescriptor.class::cast).toList();
        assertThat(claims).extracting(TestDescriptor::getDisplayName)
                .contains("compute-cut-84", "best-ever", "size-100b");
        FileSource source = (FileSource) claims.stream().filter(d -> d.getDisplayName().equals("compute-cut-84"))
                .findFirst().orElseThrow().getSource().orElseThrow();
        assertThat(source.getFile().toPath().endsWith(Path.of("flagged/claims/flagged.yaml"))).isTrue();
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(2);
        assertThat(source.getPosition().orElseThrow().getColumn()).hasValue(5);
    }

    @Test
    void should_report_broken_claim_files_as_discovery_issues_with_their_position() {
        EngineDiscoveryResults results = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(FIXTURES.resolve("broken").toFile())).discover();
        DiscoveryIssue issue = results.getDiscoveryIssues().stream()
                .filter(i -> i.message().contains("expected true or false")).findFirst().orElseThrow();
        assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
        assertThat(issue.message()).isEqualTo("claims/broken/claims/b-broken.yaml:10:17: "
                + "claims[0].interpretations[0].stated: expected true or false, got \"yes\"");
        FileSource source = (FileSource) issue.source().orElseThrow();
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(10);
    }

    @Test
    void should_run_the_valid_claims_then_fail_the_run_with_the_input_problems() {
        // when
        org.junit.platform.testkit.engine.EngineExecutionResults results = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(FIXTURES.resolve("broken").toFile()))
                .execute();
        Events all = results.allEvents();
        // then: the valid claim of a-good.yaml still runs and passes; "units" loads but cannot be derived
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("units"), finishedWithFailure(message(
                "claim units has invalid input:\nclaims/broken/claims/b-broken.yaml:28:9: interpretations.bits: unit "
                        + "mismatch: expected a derivation in ratio like the claimed \"50%\", got bits"))));
        all.assertThatEvents().haveExactly(1, event(org.junit.platform.testkit.engine.EventConditions.engine(),
                finishedWithFailure(message(m -> m.startsWith("invalid claim input:\n") && m.contains(
                        "claims/broken/claims/b-broken.yaml:28:9: interpretations.bits: unit mismatch")))));
    }

    @Test
    void should_select_a_single_file_or_claim() {
        Path file = FIXTURES.resolve("flagged/claims/flagged.yaml");
        EngineTestKit.engine(ClaimsTestEngine.ID).selectors(selectFile(file.toFile()))
                .execute().testEvents().assertStatistics(stats -> stats.started(4));
        UniqueId claim = UniqueId.forEngine(ClaimsTestEngine.ID)
                .append("file", "src/test/resources/fixtures/tree/claims/flagged/claims/flagged.yaml")
                .append("claim", "tiles");
        EngineTestKit.engine(ClaimsTestEngine.ID).selectors(selectUniqueId(claim))
                .execute().testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    /**
     * The test article of claims with several figures, in a tree with the project's library: a claim is one test
     * whatever its parts (6 claims: 4 follow, one does not, one is unsupported), and a failure names each part.
     */
    @Test
    void should_run_a_claim_with_parts_as_one_test_whose_failure_names_each_part(@TempDir Path temp)
            throws IOException {
        // given
        TestTrees.copy(Path.of("claims/library"), temp.resolve("claims/library"));
        TestTrees.copy(Path.of("src/test/resources/articles/deepseek-v2-parts"), temp.resolve("claims/deepseek-v2-parts"));
        // when
        Events tests = EngineTestKit.engine(ClaimsTestEngine.ID)
                .selectors(selectDirectory(temp.resolve("claims/deepseek-v2-parts").toFile()))
                .execute().testEvents();
        // then
        tests.assertStatistics(stats -> stats.started(6).succeeded(4).failed(2).skipped(0));
        tests.assertThatEvents().haveExactly(1, event(test("active-40b-cost-5m"), finishedWithFailure(message(m ->
                m.contains("\n  part active (claims/deepseek-v2-parts/claims/v2.yaml:")
                        && m.contains(") DOES NOT FOLLOW\n    expected: 40B parameters")
                        && m.contains("\n  part cost (claims/deepseek-v2-parts/claims/v2.yaml:")))));
    }
}
