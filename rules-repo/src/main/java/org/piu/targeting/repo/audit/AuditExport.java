package org.piu.targeting.repo.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes audit events as CSV (RFC 4180, header row) or as a JSON array. */
public final class AuditExport {

    static final String CSV_HEADER = "time,user,action,asset,revision,outcome,detail,commit";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AuditExport() {}

    public static void csv(List<AuditEvent> events, Writer out) {
        try {
            out.write(CSV_HEADER + "\r\n");
            for (AuditEvent e : events) {
                out.write(String.join(
                                ",",
                                cell(e.time().toString()),
                                cell(e.user()),
                                cell(e.action()),
                                cell(e.asset()),
                                cell(e.revision()),
                                cell(e.outcome().name()),
                                cell(e.detail()),
                                cell(e.commitId()))
                        + "\r\n");
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write audit CSV", ex);
        }
    }

    public static void json(List<AuditEvent> events, Writer out) {
        ArrayNode array = JSON.createArrayNode();
        for (AuditEvent e : events) {
            ObjectNode n = array.addObject();
            n.put("time", e.time().toString());
            n.put("user", e.user());
            n.put("action", e.action());
            n.put("asset", e.asset());
            n.put("revision", e.revision());
            n.put("outcome", e.outcome().name());
            n.put("detail", e.detail());
            n.put("commit", e.commitId());
        }
        try {
            out.write(JSON.writeValueAsString(array));
            out.write("\n");
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write audit JSON", ex);
        }
    }

    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        // neutralise spreadsheet formulas: compliance officers open these files in Excel
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
