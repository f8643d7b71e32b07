package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.catalog.Operator;

/**
 * The field catalog beside the rule editor: every field a rule may use, with type, unit, meaning, an example and
 * its operators. Clicking a field id inserts it into the document. Sensitive attributes are not in the catalog, so
 * they cannot be offered.
 */
class FieldCatalogPanel extends VerticalLayout {

    FieldCatalogPanel(List<FieldDefinition> fields, Consumer<String> insert) {
        addClassName("field-catalog");
        setPadding(false);
        setWidth("440px");
        setHeight("70vh");

        Grid<FieldDefinition> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(f -> {
                    Button id = new Button(f.id(), e -> insert.accept(f.id()));
                    id.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    id.addClassName("catalog-field");
                    id.getElement().setAttribute("title", getTranslation("rules.catalog.insert", f.id()));
                    return id;
                })
                .setHeader(getTranslation("rules.catalog.field"))
                .setFlexGrow(2);
        grid.addColumn(f -> getTranslation("field-type." + f.type().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("rules.catalog.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.unit() == null ? "" : f.unit())
                .setHeader(getTranslation("rules.catalog.unit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(fields);
        grid.setSizeFull();

        TextField filter = new TextField();
        filter.setAriaLabel(getTranslation("rules.catalog.filter"));
        filter.setPlaceholder(getTranslation("rules.catalog.filter"));
        filter.setId("catalog-filter");
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            String f = e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT);
            grid.setItems(fields.stream()
                    .filter(d -> (d.id() + " " + d.description())
                            .toLowerCase(Locale.ROOT)
                            .contains(f))
                    .toList());
        });

        Span hint = new Span(getTranslation("rules.catalog.hint"));
        hint.addClassName("hint");
        add(new H4(getTranslation("rules.catalog.title")), hint, filter, grid);
        expand(grid);
    }

    /** The field's description is the catalog's, in English: the same text the API and the rule documents use. */
    private Div details(FieldDefinition f) {
        Div d = new Div();
        d.addClassName("field-details");
        d.add(new Div(f.description()));
        if (f.example() != null && !f.example().isEmpty()) {
            d.add(new Div(getTranslation("rules.catalog.example", f.example())));
        }
        d.add(new Div(getTranslation(
                "rules.catalog.operators",
                f.operators().stream().map(Operator::code).collect(Collectors.joining(", ")))));
        return d;
    }
}
