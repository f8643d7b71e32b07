package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date picker that shows and reads ISO dates ({@code 2026-11-04}) in every language, with the calendar's month
 * and day names in the user's language and weeks starting on Monday. Use it instead of {@link DatePicker}, whose
 * format follows the browser's locale ({@code 11/4/2026}).
 */
public class IsoDatePicker extends DatePicker {

    public IsoDatePicker(String label) {
        super(label);
        setI18n(i18n(this, UserLanguage.current().locale()));
    }

    /** The calendar's texts in a language, with the ISO format; shared with {@link IsoDateTimePicker}. */
    static DatePickerI18n i18n(Component context, Locale locale) {
        return new DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setToday(context.getTranslation("date-picker.today"))
                .setCancel(context.getTranslation("date-picker.cancel"));
    }

    /** The web component's lists of weekdays start on Sunday, whatever the first day of the week. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> d.getDisplayName(style, locale))
                .toList();
    }
}
