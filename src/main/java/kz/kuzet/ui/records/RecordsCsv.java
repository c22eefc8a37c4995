package kz.kuzet.ui.records;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.ui.clocks.CountdownText;
import kz.kuzet.ui.console.Views;

/**
 * Writes the records queue as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic).
 * A cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a spreadsheet
 * never runs it as a formula.
 */
public final class RecordsCsv {
    private RecordsCsv() {
    }

    public static void write(Writer out, List<RecordSummary> rows, Instant now, ResourceBundle bundle)
            throws IOException {
        out.write('\ufeff');
        line(out, bundle.getString("col.id"), bundle.getString("col.body"), bundle.getString("col.kind"),
                bundle.getString("col.status"), bundle.getString("col.severity"), bundle.getString("col.category"),
                bundle.getString("col.assignee"), bundle.getString("col.title"),
                bundle.getString("clock.sb_notice"), bundle.getString("clock.knb_notice"),
                bundle.getString("clock.sb_report"), bundle.getString("clock.escalation"),
                bundle.getString("col.detected"));
        for (RecordSummary r : rows) {
            ClockBoard board = RegulationClocks.evaluate(r.facts(), now);
            line(out, Long.toString(r.id()), r.bodyCode() + " " + Views.bodyName(bundle, r.bodyNameKk(), r.bodyNameRu()),
                    bundle.getString("kind." + r.kind().id()), Views.enumText(bundle, "status.", r.status()),
                    Views.severity(bundle, r.severity()), Views.enumText(bundle, "category.", r.category()),
                    r.assignee(), r.title(), clock(board, ClockName.SB_NOTICE, bundle),
                    clock(board, ClockName.KNB_NOTICE, bundle), clock(board, ClockName.SB_REPORT, bundle),
                    clock(board, ClockName.ESCALATION, bundle), Views.time(r.facts().detected()));
        }
        out.flush();
    }

    private static String clock(ClockBoard board, ClockName name, ResourceBundle bundle) {
        ClockStatus s = board.get(name);
        return CountdownText.of(s, bundle);
    }

    private static void line(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
