package org.piu.targeting.workbench.watchlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistMatch;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.watchlist.WatchlistService;

/**
 * A quick screening of one name (with date of birth and nationality if known) against the chosen lists, or all of
 * them: every match with its score, decision and the explanation a reviewer reads. A DEGRADED screening says so:
 * an empty result then does not mean that nobody matched.
 */
class ScreenNamePanel extends VerticalLayout {

    private final WatchlistService watchlists;
    private final MultiSelectComboBox<String> lists = new MultiSelectComboBox<>();
    private final Div outcome = new Div();
    private final Grid<WatchlistMatch> matches = new Grid<>();

    ScreenNamePanel(WatchlistService watchlists) {
        this.watchlists = watchlists;
        lists.setLabel(getTranslation("watchlists.screen.lists"));
        lists.setPlaceholder(getTranslation("watchlists.screen.lists.all"));
        TextField person = new TextField(getTranslation("watchlists.screen.name"));
        person.setId("screen-name");
        person.setPlaceholder(getTranslation("watchlists.screen.name.placeholder"));
        person.setWidth("320px");
        // a text field, not a date picker: a watchlist entry often knows only the year or the month of birth
        TextField dob = new TextField(getTranslation("watchlists.screen.dob"));
        dob.setId("screen-dob");
        dob.setPlaceholder(getTranslation("watchlists.screen.dob.placeholder"));
        TextField nationality = new TextField(getTranslation("watchlists.screen.nationality"));
        nationality.setId("screen-nationality");
        nationality.setPlaceholder(getTranslation("watchlists.screen.nationality.placeholder"));
        nationality.setWidth("11em");
        lists.setWidth("280px");
        Button screen = new Button(
                getTranslation("watchlists.screen.button"),
                e -> screen(person.getValue(), dob.getValue(), nationality.getValue()));
        screen.setId("screen");
        screen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(person, dob, nationality, lists, screen);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        matches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matches.addColumn(WatchlistMatch::list)
                .setHeader(getTranslation("watchlists.screen.grid.list"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::entryId)
                .setHeader(getTranslation("watchlists.screen.grid.entry"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::matchedName)
                .setHeader(getTranslation("watchlists.screen.grid.matched-name"))
                .setAutoWidth(true);
        matches.addColumn(m -> String.format(Locale.ROOT, "%.2f", m.score()))
                .setHeader(getTranslation("watchlists.screen.grid.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addComponentColumn(m -> StatusBadge.of(m.decision()))
                .setHeader(getTranslation("watchlists.screen.grid.decision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(m -> String.join("; ", m.explanation()))
                .setHeader(getTranslation("watchlists.screen.grid.explanation"))
                .setFlexGrow(3);
        matches.setAllRowsVisible(true);
        matches.setVisible(false);
        outcome.setId("screening-outcome");

        add(new H3(getTranslation("watchlists.screen.title")), bar, outcome, matches);
        setPadding(false);
    }

    /** The lists to choose from. */
    void setLists(List<String> names) {
        lists.setItems(names);
    }

    private void screen(String person, String dob, String nationality) {
        if (person == null || person.isBlank()) {
            Toast.error(getTranslation("watchlists.screen.name.required"));
            return;
        }
        DateOfBirth birth = DateOfBirth.parse(dob).orElse(null);
        List<String> against = lists.getSelectedItems().isEmpty()
                ? watchlists.lists().stream().map(Watchlist::name).toList()
                : List.copyOf(lists.getSelectedItems());
        if (against.isEmpty()) {
            Toast.error(getTranslation("watchlists.screen.no-lists"));
            return;
        }
        String nat = nationality == null || nationality.isBlank()
                ? null
                : nationality.strip().toUpperCase(Locale.ROOT);
        ScreeningResult result = watchlists.screen(
                against,
                List.of(new PersonQuery("query", person.strip(), null, null, birth, Gender.UNKNOWN, nat, null, null)));
        List<WatchlistMatch> found =
                result.results().stream().flatMap(r -> r.matches().stream()).toList();
        outcome.removeAll();
        String status = result.complete()
                ? getTranslation("watchlists.screen.complete", String.join(", ", against), found.size())
                : getTranslation("watchlists.screen.degraded", result.reason(), found.size());
        outcome.add(new Paragraph(status));
        matches.setItems(found);
        matches.setVisible(!found.isEmpty());
    }
}
