package org.claimcheck.report;

import org.claimcheck.verdict.AuditResult;

/** Renders an audit to one file's content. Output is deterministic: the same result gives the same bytes. */
public interface Reporter {

    /** The file name it writes ({@code report.json}). */
    String fileName();

    /** The whole content. */
    String render(AuditResult result);
}
