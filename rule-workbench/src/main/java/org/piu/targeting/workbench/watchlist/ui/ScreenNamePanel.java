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
    private final MultiSelectComboBox<String> lists = new MultiSelectComboBox<>("Lists");
    private final Div outcome = new Div();
    private final Grid<WatchlistMatch> matches = new Grid<>();

    ScreenNamePanel(WatchlistService watchlists) {
        this.watchlists = watchlists;
        TextField person = new TextField("Name");
        person.setId("screen-name");
        person.setPlaceholder("SURNAME, Given names — any script");
        person.setWidth("320px");
        TextField dob = new TextField("Date of birth");
        dob.setId("screen-dob");
        dob.setPlaceholder("YYYY-MM-DD, YYYY-MM or YYYY");
        TextField nationality = new TextField("Nationality");
        nationality.setId("screen-nationality");
        nationality.setPlaceholder("ISO 3166 alpha-3");
        nationality.setWidth("140px");
        lists.setWidth("280px");
        Button screen = new Button("Screen", e -> screen(person.getValue(), dob.getValue(), nationality.getValue()));
        screen.setId("screen");
        screen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(person, dob, nationality, lists, screen);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        matches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matches.addColumn(WatchlistMatch::list)
                .setHeader("List")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::entryId)
                .setHeader("Entry")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::matchedName).setHeader("Matched name").setAutoWidth(true);
        matches.addColumn(m -> String.format(Locale.ROOT, "%.2f", m.score()))
                .setHeader("Score")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addComponentColumn(m -> StatusBadge.of(m.decision()))
                .setHeader("Decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(m -> String.join("; ", m.explanation()))
                .setHeader("Explanation")
                .setFlexGrow(3);
        matches.setAllRowsVisible(true);
        matches.setVisible(false);
        outcome.setId("screening-outcome");

        add(new H3("Screen a name"), bar, outcome, matches);
        setPadding(false);
    }

    /** The lists to choose from. */
    void setLists(List<String> names) {
        lists.setItems(names);
    }

    private void screen(String person, String dob, String nationality) {
        if (person == null || person.isBlank()) {
            Toast.error("Enter a name to screen.");
            return;
        }
        DateOfBirth birth = DateOfBirth.parse(dob).orElse(null);
        List<String> against = lists.getSelectedItems().isEmpty()
                ? watchlists.lists().stream().map(Watchlist::name).toList()
                : List.copyOf(lists.getSelectedItems());
        if (against.isEmpty()) {
            Toast.error("There is no watchlist to screen against yet.");
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
                ? "Screening complete against " + String.join(", ", against) + ": "
                : "Screening DEGRADED (" + result.reason() + "): an empty result does not mean no match. ";
        outcome.add(new Paragraph(status + found.size() + " match(es) at or above the review threshold."));
        matches.setItems(found);
        matches.setVisible(!found.isEmpty());
    }
}
