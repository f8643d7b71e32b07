package org.piu.targeting.workbench.base.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the workbench writes times, revisions and asset titles: one spelling on every screen and in every language —
 * ISO dates, 24-hour times and the zone named ({@code 2026-11-04 15:27:09 UTC}), never a locale's short date.
 */
public final class WorkbenchFormat {

    /** Times are shown in UTC: audit exports, Git and the API all speak UTC, so a reviewer never converts. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** A time of the flight schedule, at the airport: as the message gave it, with its offset from UTC. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx");

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*['\"]?(.*?)['\"]?\\s*$");

    private WorkbenchFormat() {}

    public static String when(Instant time) {
        return time == null ? "" : WHEN.format(time);
    }

    /**
     * A scheduled time in the airport's local time, its offset named ({@code 2026-11-22 07:40 UTC+03:00}): what the
     * timetable and the passenger's boarding pass say, so a reviewer compares without converting.
     */
    public static String local(OffsetDateTime time) {
        return time == null ? "" : LOCAL.format(time);
    }

    /** The browser tab's title: the page's name and the product. */
    public static String pageTitle(String page) {
        return page + " · PIU Targeting";
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
