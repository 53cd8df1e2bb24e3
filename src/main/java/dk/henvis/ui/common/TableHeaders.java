package dk.henvis.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;

/** Widens a table's columns so that every column header shows its whole title at the text size in use. */
public final class TableHeaders {
    private TableHeaders() {
    }

    /** For every laid-out table below {@code root}: no column narrower than its header's title. */
    public static void fit(Parent root) {
        for (Node n : root.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                Node label = header.lookup(".label");
                if (label instanceof Label l && column.getColumns().isEmpty()) {
                    double needed = l.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + 8;
                    if (column.getWidth() < needed) {
                        column.setPrefWidth(needed);
                    }
                    column.setMinWidth(Math.max(column.getMinWidth(), needed));
                }
            }
        }
    }
}
