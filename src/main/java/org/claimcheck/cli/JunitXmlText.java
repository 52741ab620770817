package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.junit.JunitXmlWriter;
import org.claimcheck.report.folder.ScratchFolder;
import org.claimcheck.verdict.AuditResult;

/**
 * The JUnit XML report as text, so that it joins the report set like the others. {@link JunitXmlWriter} writes a
 * file through the JUnit Platform's listener, so it writes into a scratch folder that is read back and deleted; when
 * JUnit XML becomes a reporter of its own, this class goes.
 */
final class JunitXmlText {

    private JunitXmlText() {
    }

    /** The report's file name. */
    static String fileName() {
        return JunitXmlWriter.FILE_NAME;
    }

    /** @param articleFolder the folder the result is of */
    static String render(AuditResult result, Path articleFolder) throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create("claimcheck-junit-")) {
            JunitXmlWriter.write(result, articleFolder, scratch.path());
            return Files.readString(scratch.path().resolve(JunitXmlWriter.FILE_NAME), StandardCharsets.UTF_8);
        }
    }
}
