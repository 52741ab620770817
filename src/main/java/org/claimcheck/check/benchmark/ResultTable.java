package org.claimcheck.check.benchmark;

import java.util.List;
import java.util.Locale;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Unit;

/** A result table of the DeepSeek-V3 report as the figure file holds it: columns of models, rows of benchmarks. */
final class ResultTable {

    private final FigureFile file;
    private final String key;
    private final String name;
    private final String locator;
    private final List<String> columns;

    private ResultTable(FigureFile file, String key, String name, String locator, List<String> columns) {
        this.file = file;
        this.key = key;
        this.name = name;
        this.locator = locator;
        this.columns = columns;
    }

    /** "chat" → R Table 6 p.31; "base" → R Table 3 p.25. */
    static ResultTable load(CheckContext context, String table) throws CheckException {
        FigureFile file = FigureFile.load(context, FigureFile.REPORT);
        boolean chat = table.equals("chat");
        String key = chat ? "table6_chat_models_p31" : "table3_base_models_p25";
        List<String> columns = new java.util.ArrayList<>();
        int count = columnCount(file, key);
        for (int i = 0; i < count; i++) {
            columns.add(file.text(key, "columns", Integer.toString(i)));
        }
        return new ResultTable(file, key, chat ? "R Table 6" : "R Table 3", chat ? "Table 6, p.31" : "Table 3, p.25",
                List.copyOf(columns));
    }

    private static int columnCount(FigureFile file, String key) throws CheckException {
        int count = 0;
        while (true) {
            try {
                file.text(key, "columns", Integer.toString(count));
                count++;
            } catch (CheckException e) {
                return count;
            }
        }
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    /** The last column: DeepSeek-V3 (chat) or DeepSeek-V3-Base. */
    String subject() {
        return columns.get(columns.size() - 1);
    }

    /** The index of a column. @throws CheckException INVALID_INPUT listing the columns */
    int column(String model) throws CheckException {
        int index = columns.indexOf(model);
        if (index < 0) {
            throw CheckException.invalid("baseline: expected a column of " + name + " (one of "
                    + String.join(", ", columns) + "), got \"" + model + "\"");
        }
        return index;
    }

    List<String> rows() throws CheckException {
        return file.keys(key, "rows");
    }

    /** The row's scores, NaN where the table has none. */
    double[] scores(String row) {
        double[] scores = new double[columns.size()];
        for (int i = 0; i < scores.length; i++) {
            try {
                scores[i] = file.number(key, "rows", row, Integer.toString(i));
            } catch (CheckException e) {
                scores[i] = Double.NaN;
            }
        }
        return scores;
    }

    SourcedValue score(String row, int column) throws CheckException {
        return file.value(row + ", " + columns.get(column), Unit.POINTS, 1.0, "R", locator, key, "rows", row,
                Integer.toString(column));
    }

    /** Bits-per-byte rows: lower is better (R Table 3 marks Pile-test BPB so). */
    static boolean lowerIsBetter(String row) {
        return row.toUpperCase(Locale.ROOT).contains("BPB");
    }
}
