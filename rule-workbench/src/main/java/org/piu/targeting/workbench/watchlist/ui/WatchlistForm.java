package org.piu.targeting.workbench.watchlist.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.workbench.base.ui.Toast;

/**
 * Creates a watchlist or changes its description, legal source, category and thresholds. A valid form is announced
 * as a {@link SaveEvent} carrying the list; "New list" as a {@link ClearEvent}. Saving is the view's business.
 */
class WatchlistForm extends VerticalLayout {

    /** The form holds a valid list to save. */
    static final class SaveEvent extends ComponentEvent<WatchlistForm> {
        private final Watchlist watchlist;

        SaveEvent(WatchlistForm source, Watchlist watchlist) {
            super(source, true);
            this.watchlist = watchlist;
        }

        Watchlist watchlist() {
            return watchlist;
        }
    }

    /** The user starts a new list: nothing is selected any more. */
    static final class ClearEvent extends ComponentEvent<WatchlistForm> {
        ClearEvent(WatchlistForm source) {
            super(source, true);
        }
    }

    /** The form's bean: a Watchlist is immutable and validates itself, so the form edits this and builds one. */
    static final class Draft {
        private String name = "";
        private String description = "";
        private String legalSource = "";
        private String category = "";
        private Double alertThreshold = Watchlist.DEFAULT_ALERT_THRESHOLD;
        private Double reviewThreshold = Watchlist.DEFAULT_REVIEW_THRESHOLD;

        static Draft of(Watchlist w) {
            Draft d = new Draft();
            d.name = w.name();
            d.description = w.description();
            d.legalSource = w.legalSource();
            d.category = w.category();
            d.alertThreshold = w.alertThreshold();
            d.reviewThreshold = w.reviewThreshold();
            return d;
        }

        Watchlist toWatchlist() {
            return new Watchlist(name.strip(), description, legalSource, category, alertThreshold, reviewThreshold);
        }
    }

    private final Binder<Draft> binder = new Binder<>();
    private final TextField name = new TextField();

    WatchlistForm() {
        name.setLabel(getTranslation("watchlists.form.name"));
        TextField description = new TextField(getTranslation("watchlists.form.description"));
        TextField legalSource = new TextField(getTranslation("watchlists.form.legal-source"));
        TextField category = new TextField(getTranslation("watchlists.form.category"));
        NumberField alert = new NumberField(getTranslation("watchlists.form.alert-threshold"));
        NumberField review = new NumberField(getTranslation("watchlists.form.review-threshold"));
        name.setId("watchlist-name");
        alert.setStep(0.01);
        review.setStep(0.01);
        binder.forField(name)
                .asRequired(getTranslation("watchlists.form.name.required"))
                .bind(d -> d.name, (d, v) -> d.name = v == null ? "" : v);
        binder.bind(description, d -> d.description, (d, v) -> d.description = v == null ? "" : v);
        binder.bind(legalSource, d -> d.legalSource, (d, v) -> d.legalSource = v == null ? "" : v);
        binder.bind(category, d -> d.category, (d, v) -> d.category = v == null ? "" : v);
        binder.forField(alert)
                .asRequired(getTranslation("watchlists.form.threshold.required"))
                .withValidator(v -> v > 0 && v <= 1, getTranslation("watchlists.form.threshold.range"))
                .bind(d -> d.alertThreshold, (d, v) -> d.alertThreshold = v);
        binder.forField(review)
                .asRequired(getTranslation("watchlists.form.threshold.required"))
                .withValidator(v -> v > 0 && v <= 1, getTranslation("watchlists.form.threshold.range"))
                .bind(d -> d.reviewThreshold, (d, v) -> d.reviewThreshold = v);
        binder.readBean(new Draft());

        Button save = new Button(getTranslation("watchlists.form.save"), e -> save());
        save.setId("save-watchlist");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("watchlists.form.new"), e -> {
            clear();
            fireEvent(new ClearEvent(this));
        });
        FormLayout form = new FormLayout(name, description, category, legalSource, alert, review);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        add(new H3(getTranslation("watchlists.form.title")), form, new HorizontalLayout(save, clear));
        setPadding(false);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addClearListener(ComponentEventListener<ClearEvent> listener) {
        return addListener(ClearEvent.class, listener);
    }

    /** Shows an existing list; its name cannot change. */
    void edit(Watchlist list) {
        binder.readBean(Draft.of(list));
        name.setReadOnly(true);
    }

    void clear() {
        binder.readBean(new Draft());
        name.setReadOnly(false);
    }

    private void save() {
        Draft draft = new Draft();
        try {
            binder.writeBean(draft);
        } catch (ValidationException e) {
            Toast.error(getTranslation("watchlists.form.invalid"));
            return;
        }
        fireEvent(new SaveEvent(this, draft.toWatchlist()));
    }
}
