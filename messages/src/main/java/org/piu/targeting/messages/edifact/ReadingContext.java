package org.piu.targeting.messages.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.messages.Warning;
import org.piu.targeting.model.AirportDirectory;

/**
 * Shared state of one read: the warnings so far, the count of sensitive items dropped, and the lenient date and
 * number parsing of EDIFACT values (a bad optional value becomes a warning and null, never an exception).
 * EDIFACT carries flight times as local times of the airport without an offset: they are placed in the airport's
 * time zone (from the {@link AirportDirectory}), so that lead times and connections between airports in different
 * zones are right and API, PNR and JSON data of one flight agree on its departure instant. The local departure date
 * (and so the flight key) is kept either way.
 */
public final class ReadingContext {
    /** How to choose the century of a two-digit year. */
    public enum Century {
        PAST,
        FUTURE
    }

    private final List<Warning> warnings;
    private final LocalDate today;
    private int droppedSensitive;

    private final AirportDirectory airports;
    private final java.util.Set<String> unzonedAirports = new java.util.HashSet<>();

    public ReadingContext(List<Warning> warnings, LocalDate today, AirportDirectory airports) {
        this.warnings = warnings;
        this.today = today;
        this.airports = airports;
    }

    /** Beyond this many warnings only the count grows (a runaway sender must not exhaust memory). */
    private static final int KEPT_WARNINGS = 2_000;

    public void warn(EdifactSegment segment, String message) {
        if (warnings.size() < KEPT_WARNINGS) {
            warnings.add(segment.warning(message));
        }
    }

    public void warn(Warning warning) {
        if (warnings.size() < KEPT_WARNINGS) {
            warnings.add(warning);
        }
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** Counts a sensitive SSR, remark or history line that was dropped without keeping its content. */
    public void droppedSensitive() {
        droppedSensitive++;
    }

    public int droppedSensitiveCount() {
        return droppedSensitive;
    }

    /**
     * A DTM value in the given EDIFACT date/time format (2379: 101 YYMMDD, 102 CCYYMMDD, 201 YYMMDDHHMM,
     * 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS); without a format the length decides. Null (and a warning) when bad.
     */
    public LocalDateTime dtm(EdifactSegment segment, String value, String format, Century century, String what) {
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            String f = format.trim();
            if (f.isEmpty()) {
                f = switch (v.length()) {
                    case 6 -> "101";
                    case 8 -> "102";
                    case 10 -> "201";
                    case 12 -> "203";
                    case 14 -> "204";
                    default -> "";
                };
            }
            if (!v.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException();
            }
            return switch (f) {
                case "101" -> twoDigitYear(v.substring(0, 6), century).atStartOfDay();
                case "102" ->
                    LocalDate.of(num(v, 0, 4), num(v, 4, 6), num(v, 6, 8)).atStartOfDay();
                case "201" -> twoDigitYear(v.substring(0, 6), century).atTime(num(v, 6, 8), num(v, 8, 10));
                case "203" -> LocalDateTime.of(num(v, 0, 4), num(v, 4, 6), num(v, 6, 8), num(v, 8, 10), num(v, 10, 12));
                case "204" ->
                    LocalDateTime.of(
                            num(v, 0, 4), num(v, 4, 6), num(v, 6, 8), num(v, 8, 10), num(v, 10, 12), num(v, 12, 14));
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            warn(
                    segment,
                    what + " '" + EdifactTokenizer.printable(cut(v)) + "' is not a valid date"
                            + (format.isBlank() ? "" : " in format " + EdifactTokenizer.printable(cut(format)))
                            + "; ignored");
            return null;
        }
    }

    /** PADIS dates DDMMYY with an optional time HHMM (PNRGOV TVL, RCI, DAT). */
    public LocalDateTime ddmmyy(EdifactSegment segment, String date, String time, String what) {
        String d = date.trim();
        if (d.isEmpty()) {
            return null;
        }
        try {
            if (d.length() != 6 || !d.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException();
            }
            LocalDate day = LocalDate.of(2000 + num(d, 4, 6), num(d, 2, 4), num(d, 0, 2));
            return day.atTime(time(time));
        } catch (RuntimeException e) {
            warn(
                    segment,
                    what + " '" + EdifactTokenizer.printable(cut(d + (time.isBlank() ? "" : " " + time)))
                            + "' is not a valid DDMMYY date and HHMM time; ignored");
            return null;
        }
    }

    /** HHMM (or empty = midnight); throws on anything else. */
    public static LocalTime time(String time) {
        String t = time.trim();
        if (t.isEmpty()) {
            return LocalTime.MIDNIGHT;
        }
        if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad time");
        }
        return LocalTime.of(num(t, 0, 2), num(t, 2, 4));
    }

    /** SSR DOCS dates: DDMMMYY (12JUL64). */
    public LocalDate ddmmmyy(EdifactSegment segment, String value, Century century, String what) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        try {
            if (v.length() != 7) {
                throw new IllegalArgumentException();
            }
            Month month = monthOf(v.substring(2, 5));
            return withCentury(num(v, 5, 7), month.getValue(), num(v, 0, 2), century);
        } catch (RuntimeException e) {
            warn(segment, what + " '" + EdifactTokenizer.printable(cut(v)) + "' is not a valid DDMMMYY date; ignored");
            return null;
        }
    }

    private LocalDate twoDigitYear(String yymmdd, Century century) {
        return withCentury(num(yymmdd, 0, 2), num(yymmdd, 2, 4), num(yymmdd, 4, 6), century);
    }

    private LocalDate withCentury(int yy, int month, int day, Century century) {
        if (century == Century.FUTURE) {
            return LocalDate.of(2000 + yy, month, day);
        }
        LocalDate candidate = LocalDate.of(2000 + yy, month, day);
        return candidate.isAfter(today) ? LocalDate.of(1900 + yy, month, day) : candidate;
    }

    private static Month monthOf(String mmm) {
        for (Month m : Month.values()) {
            if (m.name().startsWith(mmm)) {
                return m;
            }
        }
        throw new IllegalArgumentException("month " + mmm);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static String cut(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "...";
    }

    /**
     * A local time at an airport as an instant in the airport's zone; an airport without a known zone keeps the
     * local time at +00:00 (the local date stays right) with a warning, since its instant may be hours off.
     */
    public OffsetDateTime atAirport(EdifactSegment segment, LocalDateTime time, String airport, String what) {
        if (time == null) {
            return null;
        }
        var zone = airports.zone(airport);
        if (zone.isEmpty()) {
            // once per airport and message: a PNR push routes hundreds of itineraries through the same airports
            if (unzonedAirports.add(String.valueOf(airport))) {
                warn(
                        segment,
                        what + " is a local time at airport "
                                + (airport == null
                                        ? "(none given)"
                                        : "'" + EdifactTokenizer.printable(cut(airport)) + "'")
                                + " whose time zone is not known: its"
                                + " times in this message are read as +00:00, so lead times and connections involving it may"
                                + " be hours off");
            }
            return time.atOffset(ZoneOffset.UTC);
        }
        var offsets = zone.get().getRules().getValidOffsets(time);
        if (offsets.size() != 1) {
            warn(
                    segment,
                    what + " " + time + " at " + airport + " falls in a daylight-saving change of "
                            + zone.get()
                            + (offsets.isEmpty()
                                    ? " (a local time that does not exist): read as "
                                    : " (a local time that occurs twice): read as the earlier, ")
                            + time.atZone(zone.get()).toOffsetDateTime());
        }
        return time.atZone(zone.get()).toOffsetDateTime();
    }

    /** A date-time the standard gives in GMT (the PNR creation time of RCI). */
    public static OffsetDateTime utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }

    /** A decimal amount or weight; null and a warning when not a number. */
    public Double decimal(EdifactSegment segment, String value, String what) {
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d) || v.chars().anyMatch(Character::isLetter)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            warn(segment, what + " '" + EdifactTokenizer.printable(cut(v)) + "' is not a number; ignored");
            return null;
        }
    }

    /** A count; null and a warning when not a non-negative integer. */
    public Integer count(EdifactSegment segment, String value, String what) {
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > 999) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            warn(segment, what + " '" + EdifactTokenizer.printable(cut(v)) + "' is not a count; ignored");
            return null;
        }
    }
}
