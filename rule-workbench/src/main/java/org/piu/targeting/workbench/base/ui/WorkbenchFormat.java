package org.piu.targeting.workbench.base.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the workbench writes times, revisions and asset titles: one spelling on every screen. */
public final class WorkbenchFormat {

    /** Times are shown in UTC: audit exports, Git and the API all speak UTC, so a reviewer never converts. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*['\"]?(.*?)['\"]?\\s*$");

    private WorkbenchFormat() {}

    public static String when(Instant time) {
        return time == null ? "" : WHEN.format(time);
    }

    /**
     * The first 8 hex digits of a commit id, as Git shows it; the full id stays in tooltips and exports. Anything
     * else (a release tag in the audit trail) is shown whole.
     */
    public static String revision(String revision) {
        if (revision == null || revision.isEmpty()) {
            return "";
        }
        return revision.matches("[0-9a-f]{9,}") ? revision.substring(0, 8) : revision;
    }

    /**
     * The {@code title:} line of a YAML asset without parsing the document: the list shows drafts too, and a draft
     * may be half-written YAML.
     */
    public static String title(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = TITLE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
