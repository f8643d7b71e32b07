package org.piu.targeting.workbench.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes audit trail lines as CSV (RFC 4180, header row) or a JSON array. Compliance officers open these files in
 * spreadsheets, so every text cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (a formula to a
 * spreadsheet; also a tab or carriage return) gets a leading apostrophe, in both formats: a user name or a subject chosen by an attacker must not
 * run as a formula on the data protection officer's machine.
 */
final class TrailExport {

    static final String CSV_HEADER =
            "time,user,action,subject_type,subject_id,revision,outcome,detail,count,last_time,source,reference";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TrailExport() {}

    static void csv(List<AuditTrailEntry> entries, Writer out) {
        try {
            out.write(CSV_HEADER + "\r\n");
            for (AuditTrailEntry e : entries) {
                out.write(String.join(
                                ",",
                                csvCell(e.time().toString()),
                                csvCell(e.user()),
                                csvCell(e.action()),
                                csvCell(e.subjectType()),
                                csvCell(e.subjectId()),
                                csvCell(e.revision()),
                                csvCell(e.outcome().name()),
                                csvCell(e.detail()),
                                Integer.toString(e.count()),
                                csvCell(e.lastTime() == null ? "" : e.lastTime().toString()),
                                csvCell(e.source()),
                                csvCell(e.reference()))
                        + "\r\n");
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the audit CSV", ex);
        }
    }

    static void json(List<AuditTrailEntry> entries, Writer out) {
        ArrayNode array = JSON.createArrayNode();
        for (AuditTrailEntry e : entries) {
            ObjectNode n = array.addObject();
            n.put("time", e.time().toString());
            n.put("user", neutralised(e.user()));
            n.put("action", neutralised(e.action()));
            n.put("subjectType", neutralised(e.subjectType()));
            n.put("subjectId", neutralised(e.subjectId()));
            n.put("revision", neutralised(e.revision()));
            n.put("outcome", e.outcome().name());
            n.put("detail", neutralised(e.detail()));
            ObjectNode details = n.putObject("details");
            Map<String, String> sorted = new LinkedHashMap<>();
            e.details().keySet().stream()
                    .sorted()
                    .forEach(k -> sorted.put(k, e.details().get(k)));
            sorted.forEach((k, v) -> details.put(neutralised(k), neutralised(v)));
            n.put("count", e.count());
            n.put("lastTime", e.lastTime() == null ? null : e.lastTime().toString());
            n.put("source", e.source());
            n.put("reference", e.reference());
        }
        try {
            out.write(JSON.writeValueAsString(array));
            out.write("\n");
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the audit JSON", ex);
        }
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String neutralised(String v) {
        if (v == null || v.isEmpty()) {
            return v == null ? "" : v;
        }
        return "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String csvCell(String v) {
        String s = neutralised(v);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
