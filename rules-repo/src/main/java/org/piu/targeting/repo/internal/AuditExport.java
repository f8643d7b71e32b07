package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditOutcome;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the audit events of a period as CSV (RFC 4180, header row) or as a JSON array, and records the export
 * itself in the audit trail: who took which events out of the system is part of the record.
 */
public final class AuditExport {

    /** The export formats; the name appears in the audit entry of the export. */
    public enum Format {
        CSV,
        JSON
    }

    private static final String CSV_HEADER = "time,user,action,asset,revision,outcome,detail,commit";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final GitStore store;
    private final AuditTrail trail;
    private final AuditWriter audit;

    public AuditExport(GitStore store) {
        this.store = store;
        this.trail = new AuditTrail(store);
        this.audit = new AuditWriter(store);
    }

    /** Writes the events with {@code from <= time < to} to {@code out}, then audits the export. */
    public void export(Format format, Instant from, Instant to, String actor, Writer out) {
        Inputs.requireUser(actor);
        List<AuditEvent> events = trail.events(from, to);
        switch (format) {
            case CSV -> csv(events, out);
            case JSON -> json(events, out);
        }
        String detail = "audit " + format + " export of " + events.size() + " events from " + from + " to " + to;
        store.locked(() -> audit.record(actor, "export", null, null, AuditOutcome.SUCCESS, detail));
    }

    private static void csv(List<AuditEvent> events, Writer out) {
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

    private static void json(List<AuditEvent> events, Writer out) {
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
