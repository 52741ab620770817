package org.claimcheck.junit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.claimcheck.report.ReportFiles;
import org.claimcheck.verdict.AuditResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Writes an audit as JUnit XML in Surefire's format by running the {@code claims} engine through the JUnit Platform
 * launcher with the platform's own legacy XML listener: each claim a testcase, flagged claims failures.
 */
public final class JunitXmlWriter {

    /** The file name: the engine's id after Surefire's {@code TEST-} prefix. */
    public static final String FILE_NAME = "TEST-" + ClaimsTestEngine.ID + ".xml";

    /**
     * The launcher logs discovery issues through java.util.logging; the command line reports the same problems itself,
     * once, so the launcher's copy is silenced. Held in a field: loggers are weakly referenced.
     */
    private static final Logger LAUNCHER_LOG = Logger.getLogger("org.junit.platform.launcher");

    private JunitXmlWriter() {
    }

    /**
     * Writes {@code outFolder/TEST-claims.xml} for {@code result}, atomically.
     *
     * @param articleFolder the folder the result is of
     * @throws IOException when the folder cannot be written
     */
    public static void write(AuditResult result, Path articleFolder, Path outFolder) throws IOException {
        Files.createDirectories(outFolder);
        Path scratch = Files.createTempDirectory(outFolder.toAbsolutePath(), ".junit");
        String key = articleFolder.toAbsolutePath().normalize().toString();
        PrecomputedAudits.put(key, result);
        LAUNCHER_LOG.setLevel(Level.OFF);
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(Files.isDirectory(articleFolder)
                            ? DiscoverySelectors.selectDirectory(articleFolder.toFile())
                            : DiscoverySelectors.selectUniqueId(UniqueId.forEngine(ClaimsTestEngine.ID)))
                    .configurationParameter(PrecomputedAudits.KEY, key)
                    .configurationParameter("junit.platform.discovery.issue.severity.critical", "ERROR")
                    .build();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestEngineAutoRegistration(false)
                    .addTestEngines(new ClaimsTestEngine())
                    .build());
            StringWriter log = new StringWriter();
            launcher.execute(request, new LegacyXmlReportGeneratingListener(scratch, new PrintWriter(log)));
            ReportFiles.moveIntoPlace(scratch.resolve(FILE_NAME), outFolder.resolve(FILE_NAME));
        } finally {
            PrecomputedAudits.remove(key);
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
