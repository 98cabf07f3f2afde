package com.touchpoint.views.audience.rfm;

import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmTables;
import com.touchpoint.views.i18n.Messages;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The R × F heat map: R from 5 (top) down to 1, F from 1 (left) to 5; each cell coloured by its share of the
 * busiest cell and showing its customers, their revenue and the group it belongs to.
 */
final class HeatMapGrid extends GridPane {

    private static final Color LOW = Color.web("#EEF4FC");
    private static final Color HIGH = Color.web("#0A4FA3");
    /** Above this share of the busiest cell the cell is dark enough for white text. */
    private static final double DARK = 0.5;

    private final Messages messages;
    private final NumberFormat counts;
    private final NumberFormat money;

    HeatMapGrid(Messages messages) {
        this.messages = messages;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
        this.money = NumberFormat.getIntegerInstance(messages.locale());
        getStyleClass().add("heat-map");
        setHgap(4);
        setVgap(4);
        ColumnConstraints header = new ColumnConstraints();
        header.setMinWidth(USE_PREF_SIZE);
        getColumnConstraints().add(header);
        for (int f = 1; f <= 5; f++) {
            ColumnConstraints column = new ColumnConstraints(72, 110, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        getRowConstraints().add(new RowConstraints());
        for (int r = 1; r <= 5; r++) {
            RowConstraints row = new RowConstraints(56, 72, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        show(null);
    }

    /** Shows the scores' grid; null shows an empty grid. */
    void show(RfmScores scores) {
        getChildren().clear();
        for (int f = 1; f <= 5; f++) {
            add(axis(messages.get("rfm.heat.f", f)), f, 0);
        }
        RfmTables.HeatMap map = scores == null ? null : RfmTables.heatMap(scores);
        int busiest = 1;
        if (map != null) {
            for (int[] row : map.customers()) {
                for (int cell : row) {
                    busiest = Math.max(busiest, cell);
                }
            }
        }
        for (int r = 5; r >= 1; r--) {
            add(axis(messages.get("rfm.heat.r", r)), 0, 6 - r);
            for (int f = 1; f <= 5; f++) {
                add(cell(scores, map, r, f, busiest), f, 6 - r);
            }
        }
    }

    private VBox cell(RfmScores scores, RfmTables.HeatMap map, int r, int f, int busiest) {
        int customers = map == null ? 0 : map.customers(r, f);
        double share = customers / (double) busiest;
        RfmGroup group = scores == null ? null : scores.settings().groupOf(r, f);
        Label count = new Label(map == null ? "" : counts.format(customers));
        count.getStyleClass().add("heat-count");
        Label revenue = new Label(customers == 0 ? "" : money.format(map.revenue(r, f)));
        revenue.getStyleClass().add("heat-revenue");
        Label name = new Label(group == null ? "" : group.name());
        name.getStyleClass().add("heat-group");
        name.setMinWidth(0);
        VBox cell = new VBox(1, name, count, revenue);
        cell.setId("heat-r" + r + "-f" + f);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add("heat-cell");
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        Color fill = LOW.interpolate(HIGH, map == null ? 0 : share);
        cell.setStyle("-fx-background-color: " + web(fill) + ";");
        if (share > DARK) {
            cell.getStyleClass().add("dark");
        }
        if (map != null) {
            Tooltip.install(cell, new Tooltip(messages.get("rfm.heat.tip", r, f,
                    group == null ? messages.get("rfm.noGroup") : group.name(), customers, map.revenue(r, f))));
        }
        return cell;
    }

    private static Label axis(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-axis");
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static String web(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
