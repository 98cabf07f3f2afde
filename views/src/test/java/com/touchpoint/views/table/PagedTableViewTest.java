package com.touchpoint.views.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class PagedTableViewTest {

    private static final int TEN_MILLION = 10_000_000;

    private final FakePageSource source = new FakePageSource(TEN_MILLION);
    private final RecordingErrors errors = new RecordingErrors();
    private static final ScheduledExecutorService BACKGROUND =
            Executors.newScheduledThreadPool(2, new DaemonThreads("test-table"));
    private PagedTableModel<String> model;
    private PagedTableView<String> view;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        model = new PagedTableModel<>(source, null, BACKGROUND, Platform::runLater, errors, messages);
        view = new PagedTableView<>(model, messages);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterAll
    static void stop() {
        BACKGROUND.shutdownNow();
    }

    @Test
    void tenMillionRowsOpenByReadingOnlyTheFirstPage(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");

        assertEquals(1, source.counts.size());
        assertEquals(List.of(0L), source.offsets());
        assertEquals(TEN_MILLION, view.table().getItems().size());
        assertTrue(robot.lookup(".row-count").queryLabeled().getText().startsWith("10,000,000 rows"));
    }

    @Test
    void scrollingFarDownReadsOnlyThePagesThatComeIntoView(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");

        robot.interact(() -> view.table().scrollTo(5_000_000));
        awaitCell(robot, "customer 5000001");

        // Row 5,000,000 is the first of page 25,000 (200 rows a page), where all ~17 visible rows lie.
        assertEquals(List.of(0L, 5_000_000L), source.offsets());
    }

    @Test
    void headerClicksSortThroughTheSource(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");

        robot.clickOn(header(robot, "ID"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.counts.size() == 2);
        robot.clickOn(header(robot, "ID"));
        awaitCell(robot, "customer 10000000");

        assertEquals(List.of(List.of(), List.of(new SortKey("id", true)), List.of(new SortKey("id", false))),
                source.counts.stream().map(Query::sort).toList());
        FakePageSource.PageRequest last = source.pages.get(source.pages.size() - 1);
        assertEquals(List.of(new SortKey("id", false)), last.query().sort());
        assertEquals(0, last.offset(), "a new order starts again at the top");
    }

    @Test
    void theCallersFilterGoesToTheSourceAndTheCountFollows(FxRobot robot) throws Exception {
        awaitCell(robot, "customer 1");

        robot.interact(() -> model.filterProperty().set("even"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".row-count").queryLabeled().getText().equals("5,000,000 rows")
                        && view.table().getItems().get(0).values() != null).get());

        assertEquals("even", source.counts.get(source.counts.size() - 1).filter());
        assertEquals(List.of(2L, "customer 2", 3.0), WaitForAsyncUtils.asyncFx(
                () -> view.table().getItems().get(0).values()).get());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedTextWithAHeader(FxRobot robot) throws Exception {
        awaitCell(robot, "customer 3");

        robot.clickOn(cell(robot, "customer 2")).press(KeyCode.SHIFT).clickOn(cell(robot, "customer 3"))
                .release(KeyCode.SHIFT).press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().hasString()).get());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10,
                TimeUnit.SECONDS);
        assertEquals("ID\tName\tRevenue\n2\tcustomer 2\t3\n3\tcustomer 3\t4.5\n", copied);
    }

    @Test
    void copyingRowsThatWereNeverShownReadsThemFromTheSource(FxRobot robot) throws Exception {
        awaitCell(robot, "customer 1");
        CompletableFuture<String> copied = new CompletableFuture<>();

        robot.interact(() -> model.copy(List.of(9_999_999, 0), copied::complete));

        assertEquals("ID\tName\tRevenue\n1\tcustomer 1\t1.5\n10000000\tcustomer 10000000\t15000000\n",
                copied.get(10, TimeUnit.SECONDS));
        assertEquals(Set.of(0L, 9_999_800L), Set.copyOf(source.offsets()));
    }

    @Test
    void copyingMoreThanTheLimitIsRefusedWithAMessage(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");
        List<Integer> tooMany = IntStream.range(0, PagedTableModel.MAX_COPY_ROWS + 1).boxed().toList();

        robot.interact(() -> model.copy(tooMany, text -> {
            throw new AssertionError("nothing may be copied");
        }));

        assertEquals("Cannot copy 100,001 rows", errors.reports.get(0).whatHappened());
        assertEquals(List.of(0L), source.offsets());
    }

    @Test
    void selectAllOfTenMillionRowsIsRefusedRatherThanFreezingTheWindow(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");

        robot.clickOn(cell(robot, "customer 2")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Cannot select all 10,000,000 rows", errors.reports.get(0).whatHappened());
        assertEquals(List.of(1), List.copyOf(view.table().getSelectionModel().getSelectedIndices()));
    }

    @Test
    void aClosedTableAsksTheSourceNothingMore(FxRobot robot) throws TimeoutException {
        awaitCell(robot, "customer 1");

        robot.interact(() -> {
            view.close();
            model.filterProperty().set("even");
            view.table().scrollTo(5_000_000);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, source.counts.size());
        assertEquals(List.of(0L), source.offsets());
    }

    private static Node header(FxRobot robot, String title) {
        return robot.lookup(".column-header .label").match((Labeled label) -> title.equals(label.getText()))
                .query();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((Labeled cell) -> text.equals(cell.getText())).query();
    }

    private static void awaitCell(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell")
                .match((Labeled cell) -> text.equals(cell.getText())).tryQuery().isPresent());
    }
}
