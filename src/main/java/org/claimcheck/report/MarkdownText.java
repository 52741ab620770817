package org.claimcheck.report;

/** Makes text inert in Markdown: no emphasis, links, headings, HTML or table breaks come from the data. */
final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * Escapes the Markdown punctuation that can start markup anywhere (emphasis, code, links, tables, HTML) and folds
     * line breaks, so the text renders as itself in one cell. Marks that only act at the start of a line (#, -, +)
     * are escaped there only; with [ and ] escaped, ( ) and ! cannot form a link or an image, so they stay as they
     * are and the Markdown remains readable as plain text.
     */
    static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '#', '+', '-' -> out.append(i == 0 ? "\\" : "").append(c);
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a code span: backticks, which would end the span, and line breaks become spaces. Inside a code span
     * Markdown neither interprets nor unescapes anything, and CommonMark passes HTML in it through as text.
     */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '`' || Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** {@link #code(String)} for a table cell: a pipe, which would end the cell even inside a code span, escaped. */
    static String codeCell(String text) {
        return code(text).replace("|", "\\|");
    }
}
