package com.touchpoint.views.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ResultTableViewTest {

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundTasks tasks = new BackgroundTasks(
            Executors.newSingleThreadExecutor(new DaemonThreads("test-results")), errors, messages);
    private ResultTableView view;

    @TempDir
    Path dir;

    /** Three channels' credits: conversions (fractional), value (money), share (percent). */
    private static Table credits() {
        return Table.create("Linear",
                StringColumn.create("channel", "email", "search", "sms"),
                DoubleColumn.create("conversions", 1234.5, 12.25, 300.0),
                DoubleColumn.create("value", 98765.4, 1500.0, 20000.0),
                DoubleColumn.create("share", 0.7922, 0.0079, 0.1999));
    }

    @Start
    void start(Stage stage) {
        view = new ResultTableView(new ResultTableModel(tasks, messages), messages);
        view.model().tableProperty().set(credits());
        stage.setScene(new Scene(view, 800, 400));
        stage.show();
    }

    @Test
    void valuesShowFormattedWithTranslatedTitlesAndNumbersRightAligned(FxRobot robot) {
        assertEquals(List.of("Channel", "Conversions", "Value", "Share"),
                view.table().getColumns().stream().map(TableColumn::getText).toList());
        assertTrue(hasCell(robot, "1,234.50"));
        assertTrue(hasCell(robot, "98,765.40"));
        assertTrue(hasCell(robot, "79.2%"), "0.7922 is 79.22%, shown with one place");
        assertTrue(view.table().getColumns().get(1).getStyleClass().contains("numeric"));
        assertTrue(!view.table().getColumns().get(0).getStyleClass().contains("numeric"));
    }

    @Test
    void headerClicksSortTheRowsAndCopyAllFollowsTheOrderShown(FxRobot robot) throws Exception {
        robot.clickOn(header(robot, "Conversions"));
        WaitForAsyncUtils.waitForFxEvents();

        // Ascending by conversions: search 12.25, sms 300, email 1234.5 (table rows 1, 2, 0).
        assertEquals(List.of(1, 2, 0), List.copyOf(view.model().rows()));
        assertEquals("""
                channel\tconversions\tvalue\tshare
                search\t12.25\t1500\t0.0079
                sms\t300\t20000\t0.1999
                email\t1234.5\t98765.4\t0.7922
                """, view.model().copyAllText());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsInTheOrderShown(FxRobot robot) throws Exception {
        // sms first, then email: the copy still lists email (row 1 on screen) before sms (row 3).
        robot.clickOn(cell(robot, "sms")).press(KeyCode.CONTROL).clickOn(cell(robot, "email")).type(KeyCode.C)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(10, TimeUnit.SECONDS);
        assertEquals("channel\tconversions\tvalue\tshare\nemail\t1234.5\t98765.4\t0.7922\n"
                + "sms\t300\t20000\t0.1999\n", copied);
    }

    @Test
    void exportWritesTheRowsInTheOrderShownToCsv(FxRobot robot) throws Exception {
        robot.clickOn(header(robot, "Channel")).clickOn(header(robot, "Channel"));
        WaitForAsyncUtils.waitForFxEvents();
        Path out = dir.resolve("credits.csv");

        Task<Path> export = WaitForAsyncUtils.asyncFx(() -> view.model().export(out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, export::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        // Descending by channel after two clicks; UTF-8 with a byte order mark, CRLF line ends.
        assertEquals("\uFEFFchannel,conversions,value,share\r\nsms,300,20000,0.1999\r\n"
                + "search,12.25,1500,0.0079\r\nemail,1234.5,98765.4,0.7922\r\n",
                Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("Saved credits.csv", view.model().noticeProperty().get());
        assertTrue(errors.reports.isEmpty(), errors.reports.toString());
    }

    @Test
    void anExportToAFileThatIsNeitherExcelNorCsvIsReported() throws Exception {
        Path out = dir.resolve("credits.txt");

        Task<Path> export = WaitForAsyncUtils.asyncFx(() -> view.model().export(out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, export::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Exporting credits.txt did not finish", errors.reports.get(0).whatHappened());
        assertTrue(errors.reports.get(0).whatToDo().startsWith("Choose a file name ending with .xlsx or .csv"));
        assertTrue(Files.notExists(out));
    }

    private boolean hasCell(FxRobot robot, String text) {
        return robot.from(view).lookup(".table-cell").match((Labeled cell) -> text.equals(cell.getText()))
                .tryQuery().isPresent();
    }

    private Node cell(FxRobot robot, String text) {
        return robot.from(view).lookup(".table-cell").match((Labeled cell) -> text.equals(cell.getText())).query();
    }

    private Node header(FxRobot robot, String title) {
        return robot.from(view).lookup(".column-header .label").match((Labeled label) -> title.equals(label.getText()))
                .query();
    }
}
