package org.claimcheck.io;

/**
 * The size limit of each kind of input. Every input is written by hand or transcribed from a document, so each limit
 * is far above any real file of its kind and far below what could exhaust memory.
 */
public enum InputLimit {

    /** A claim, fact or article YAML file. */
    YAML_FILE("a YAML file", 4L * 1024 * 1024),
    /** The text of an article. */
    ARTICLE_TEXT("an article text", 4L * 1024 * 1024),
    /** A model's {@code config.json}: real ones are a few kilobytes. */
    CONFIG_JSON("a config.json", 1024L * 1024),
    /** A JSON figure file of the library. */
    FIGURE_JSON("a JSON figure file", 4L * 1024 * 1024),
    /** The marker of a report folder: a line and the names of a few report files. */
    REPORT_MARKER("a report-set marker", 64L * 1024);

    private final String kind;
    private final long maxBytes;

    InputLimit(String kind, long maxBytes) {
        this.kind = kind;
        this.maxBytes = maxBytes;
    }

    /** What the input is, with its article: "an article text". */
    public String kind() {
        return kind;
    }

    /** The largest size accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
