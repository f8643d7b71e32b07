package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Opens a grid's row with the mouse or the keyboard: a click, or Enter on the row that has the keyboard focus
 * (arrow keys move it). Without this a keyboard user can reach a row but not open it.
 */
public final class RowActivation {

    private RowActivation() {}

    /** Runs {@code open} for a clicked row and for the focused row when Enter is pressed in the grid. */
    public static <T> void onClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        onEnter(grid, open);
    }

    /** Runs {@code open} for the focused row when Enter is pressed; for grids whose click already selects. */
    public static <T> void onEnter(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(e -> e.getItem().ifPresent(focused::set));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            T item = focused.get();
                            if (item != null) {
                                open.accept(item);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
    }

    /** Enter selects the focused row, as a click does, in a grid whose selection shows the row's details. */
    public static <T> void enterSelects(Grid<T> grid) {
        onEnter(grid, grid::select);
    }
}
