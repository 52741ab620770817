package org.claimcheck.junit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimcheck.audit.Audit;
import org.claimcheck.claim.Problem;
import org.claimcheck.report.FailureMessage;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs the discovered claims: one audit per article folder, then each claim reported from its computed result — a
 * claim that is borne out passes, flagged claims fail with their derivation, a claim with nothing testable is skipped,
 * and a claim whose input is invalid fails with its problems. When the audits met input problems, the engine's run
 * fails with their list after every valid claim has run.
 */
final class ClaimsExecution {

    private final ExecutionRequest request;
    private final EngineExecutionListener listener;
    private final Map<Path, AuditResult> audits = new HashMap<>();

    ClaimsExecution(ExecutionRequest request) {
        this.request = request;
        this.listener = request.getEngineExecutionListener();
    }

    void run() {
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            ClaimFileDescriptor file = (ClaimFileDescriptor) child;
            listener.executionStarted(file);
            AuditResult audit = audit(file.articleFolder());
            for (TestDescriptor claim : file.getChildren()) {
                report((ClaimDescriptor) claim, audit);
            }
            listener.executionFinished(file, TestExecutionResult.successful());
        }
        List<String> problems = audits.values().stream().flatMap(audit -> audit.problems().stream())
                .map(Problem::render).distinct().sorted().toList();
        listener.executionFinished(engine, problems.isEmpty() ? TestExecutionResult.successful()
                : TestExecutionResult.failed(new ClaimFlagged("invalid claim input:\n" + String.join("\n", problems))));
    }

    private AuditResult audit(Path folder) {
        return audits.computeIfAbsent(folder, f -> Audit.withAllChecks().run(f));
    }

    private void report(ClaimDescriptor descriptor, AuditResult audit) {
        Optional<ClaimResult> result = audit.claims().stream()
                .filter(claim -> claim.claim().id().equals(descriptor.claimId())).findFirst();
        if (result.isPresent() && result.get().verdict().skipped()) {
            listener.executionSkipped(descriptor, result.get().explanation());
            return;
        }
        listener.executionStarted(descriptor);
        if (result.isEmpty()) {
            listener.executionFinished(descriptor, TestExecutionResult.failed(new ClaimFlagged(
                    "claim " + descriptor.claimId() + " has invalid input:\n" + problemsOf(descriptor, audit))));
        } else if (result.get().verdict().flagged()) {
            listener.executionFinished(descriptor, TestExecutionResult.failed(
                    new ClaimFlagged(FailureMessage.of(result.get()))));
        } else {
            listener.executionFinished(descriptor, TestExecutionResult.successful());
        }
    }

    /** The problems that stand in the claim's file at or after its line and before the next claim. */
    private static String problemsOf(ClaimDescriptor descriptor, AuditResult audit) {
        List<Problem> problems = audit.problems();
        String file = descriptor.getParent().map(TestDescriptor::getDisplayName).orElse("");
        int line = descriptor.getSource().map(s -> ((org.junit.platform.engine.support.descriptor.FileSource) s)
                .getPosition().map(p -> p.getLine()).orElse(1)).orElse(1);
        int next = descriptor.getParent().stream().flatMap(p -> p.getChildren().stream())
                .map(d -> d.getSource().map(s -> ((org.junit.platform.engine.support.descriptor.FileSource) s)
                        .getPosition().map(p -> p.getLine()).orElse(1)).orElse(1))
                .filter(l -> l > line).min(Integer::compare).orElse(Integer.MAX_VALUE);
        String text = problems.stream()
                .filter(p -> p.location().file().equals(file) && p.location().line() >= line
                        && p.location().line() < next)
                .map(Problem::render).collect(Collectors.joining("\n"));
        return text.isEmpty() ? "(see the audit's problems)" : text;
    }
}
