package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * A date and time picker that shows an ISO date and a 24-hour time ({@code 2026-11-04} {@code 15:27}) in every
 * language. The label names the zone the value is in (the workbench's times are UTC). Use it instead of
 * {@link DateTimePicker}, whose format follows the browser's locale ({@code 11/4/2026, 3:27 PM}).
 */
public class IsoDateTimePicker extends DateTimePicker {

    public IsoDateTimePicker(String label) {
        super(label);
        Language language = UserLanguage.current();
        // the time field formats with the browser's Intl API for the locale's language and country only
        setLocale(language.withTwentyFourHourClock());
        setDatePickerI18n(IsoDatePicker.i18n(this, language.locale()));
    }
}
