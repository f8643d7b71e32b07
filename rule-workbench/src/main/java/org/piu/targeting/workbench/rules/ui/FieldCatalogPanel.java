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
                    id.getElement().setAttribute("title", "Insert " + f.id() + " at the cursor");
                    return id;
                })
                .setHeader("Field")
                .setFlexGrow(2);
        grid.addColumn(f -> f.type().name())
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.unit() == null ? "" : f.unit())
                .setHeader("Unit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(FieldCatalogPanel::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(fields);
        grid.setSizeFull();

        TextField filter = new TextField();
        filter.setPlaceholder("Find a field (id or description)");
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

        Span hint = new Span("Click a row for its meaning; click a field id to insert it.");
        hint.addClassName("hint");
        add(new H4("Field catalog"), hint, filter, grid);
        expand(grid);
    }

    private static Div details(FieldDefinition f) {
        Div d = new Div();
        d.addClassName("field-details");
        d.add(new Div(f.description()));
        if (f.example() != null && !f.example().isEmpty()) {
            d.add(new Div("Example: " + f.example()));
        }
        d.add(new Div("Operators: " + f.operators().stream().map(Operator::code).collect(Collectors.joining(", "))));
        return d;
    }
}
