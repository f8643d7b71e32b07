package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;

/**
 * A date and time picker that shows an ISO date and a 24-hour time ({@code 2026-11-04} {@code 15:27}) in every
 * language. The label names the zone the value is in (the workbench's times are UTC). Use it instead of
 * {@link DateTimePicker}, whose format follows the browser's locale ({@code 11/4/2026, 3:27 PM}).
 */
public class IsoDateTimePicker extends DateTimePicker {

    public IsoDateTimePicker(String label) {
        super(label);
        Locale language = UserLanguage.current().locale();
        // the time field formats with the browser's Intl API for this locale: hc=h23 asks it for a 24-hour clock
        setLocale(new Locale.Builder()
                .setLocale(language)
                .setUnicodeLocaleKeyword("hc", "h23")
                .build());
        setDatePickerI18n(IsoDatePicker.i18n(this, language));
    }
}
