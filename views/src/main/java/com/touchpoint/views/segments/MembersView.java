package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.segment.MemberTable;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ExportChooser;
import com.touchpoint.views.results.ExportFile;
import com.touchpoint.views.results.TableExport;
import com.touchpoint.views.table.PagedTableModel;
import com.touchpoint.views.table.PagedTableView;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import tech.tablesaw.api.Table;

/**
 * The members of the segment being built, as counted last: a paged table with their key attributes (double-click
 * opens the customer), and export of all of them to CSV or Excel as a background task.
 */
final class MembersView extends BorderPane implements AutoCloseable {

    private final SegmentsModel model;
    private final Messages messages;
    private final ErrorReporter errors;
    private final ScheduledExecutorService background;
    private final Executor fxThread;
    private final BackgroundTasks tasks;
    private final Button csv;
    private final Button excel;
    private final Label exported = new Label();
    private final HBox bar;
    private LongConsumer openCustomer = globalId -> { };
    private AudienceData shownData;
    private PagedTableModel<BitSet> tableModel;
    private PagedTableView<BitSet> table;

    MembersView(SegmentsModel model, Messages messages, ErrorReporter errors, ScheduledExecutorService background,
                Executor fxThread, BackgroundTasks tasks) {
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        this.background = background;
        this.fxThread = fxThread;
        this.tasks = tasks;
        getStyleClass().add("members-view");
        csv = new Button(messages.get("members.exportCsv"), new FontIcon(Feather.FILE_TEXT));
        csv.setId("members-export-csv");
        csv.setOnAction(event -> export(ExportFile.CSV));
        excel = new Button(messages.get("members.exportExcel"), new FontIcon(Feather.DOWNLOAD));
        excel.setId("members-export-excel");
        excel.setOnAction(event -> export(ExportFile.EXCEL));
        Label hint = new Label(messages.get("members.hint"));
        hint.getStyleClass().add("dim");
        model.builder().countProperty().addListener((property, old, now) -> show());
        model.session().stateProperty().addListener((property, old, now) -> show());
        exported.setId("members-exported");
        exported.getStyleClass().add("members-exported");
        bar = new HBox(8, csv, excel, exported, hint);
        bar.getStyleClass().add("members-bar");
        Label loading = new Label(messages.get("segment.count.loading"));
        loading.getStyleClass().add("dim");
        setCenter(loading);
        show();
    }

    /** What double-clicking a member does with the customer's global id. */
    void setOnCustomerOpened(LongConsumer action) {
        openCustomer = action;
    }

    private BitSet members() {
        LiveCount count = model.builder().countProperty().get();
        return count == null || count.evaluation() == null ? null : count.evaluation().members();
    }

    private void show() {
        AudienceState state = model.session().stateProperty().get();
        BitSet members = members();
        csv.setDisable(members == null);
        excel.setDisable(members == null);
        if (state == null) {
            return;
        }
        if (state.data() != shownData) {
            closeTable();
            shownData = state.data();
            tableModel = new PagedTableModel<>(new MemberPageSource(shownData, messages), members, background,
                    fxThread, errors, messages);
            table = new PagedTableView<>(tableModel, messages);
            table.setId("members-table");
            table.setFilterControls(bar);
            table.setOnRowOpened(row -> {
                if (row.get(MemberPageSource.globalIdColumn()) instanceof Number id) {
                    openCustomer.accept(id.longValue());
                }
            });
            setCenter(table);
        } else {
            tableModel.filterProperty().set(members);
        }
    }

    private void export(ExportFile kind) {
        AudienceState state = model.session().stateProperty().get();
        BitSet members = members();
        if (state == null || members == null) {
            return;
        }
        String name = model.builder().nameProperty().get().strip();
        new ExportChooser(messages).choose(getScene() == null ? null : getScene().getWindow(), kind,
                name.isEmpty() ? messages.get("members.fileName") : name)
                .ifPresent(file -> exportTo(state.data(), members, file));
    }

    /** Writes every member with their key attributes to {@code out}, .csv or .xlsx, in the background. */
    void exportTo(AudienceData data, BitSet members, Path out) {
        exported.setText("");
        tasks.run(messages.get("members.exporting", out.getFileName()), context -> {
            Table all = MemberTable.all(data, members);
            TableExport.write(all.setName(messages.get("members.sheet")), out);
            return all.rowCount();
        }, rows -> exported.setText(messages.get("members.exported", rows, out.getFileName())));
    }

    private void closeTable() {
        if (table != null) {
            table.close();
        }
    }

    @Override
    public void close() {
        closeTable();
    }
}
