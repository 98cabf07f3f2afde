package com.touchpoint.views.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.ModelOutcome;
import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.store.DefinitionRepository;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.Table;

/** The attribution view on the shipped sample project, driven with the robot, headless. */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class AttributionViewTest {

    @TempDir
    static Path dir;
    private static StoreProject project;
    private static long purchases;

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private AttributionView view;

    @BeforeAll
    static void openTheSampleProject() throws Exception {
        Path file = dir.resolve("sample");
        SampleProject.create(ProjectFile.of(file), ImportMonitor.NONE);
        project = new StoreGateway().open(file);
        purchases = project.browse().count(BrowseQuery.all(BrowseTable.EVENTS)
                .filtered(null, "purchase", null, null, null));
    }

    @AfterAll
    static void closeTheProject() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        BackgroundTasks tasks = new BackgroundTasks(Executors.newFixedThreadPool(2,
                new DaemonThreads("test-attribution-view")), errors, messages);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new AttributionView(project, messages, tasks);
        // Within Monocle's headless screen (1280×800).
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @Test
    void runningOnTheSampleCreditsEveryPurchaseAndTheWorkbookHoldsEverySheet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().form().eventTypes().contains("purchase"));

        robot.clickOn("#attribution-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model().results().runProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        AttributionRun run = model().results().runProperty().get();

        // Every purchase event is one conversion: in a journey, or on (direct) when no touch came before it.
        assertTrue(purchases > 900, "the sample has about 1,000 purchases; got " + purchases);
        assertEquals(purchases, run.totalConversions(), 1e-6);
        assertEquals(List.of(ModelKind.values()), run.models().stream().map(ModelOutcome::kind).toList());
        assertTrue(robot.lookup("#attribution-summary").queryAs(Label.class).getText()
                .startsWith(String.format(Locale.ENGLISH, "%,d conversions worth", purchases)));
        assertTrue(errors.reports.isEmpty(), errors.reports.toString());
        assertTrue(new DefinitionRepository(project.store())
                .load(ProjectAttributionData.SETTINGS_KIND, ProjectAttributionData.SETTINGS_NAME).isPresent(),
                "the settings of the run are kept in the project");

        Path workbookFile = dir.resolve("attribution.xlsx");
        await(WaitForAsyncUtils.asyncFx(() -> model().exportWorkbook(workbookFile)).get(10, TimeUnit.SECONDS));
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("Summary", "First touch", "Last touch",
                    "Last non-direct", "Linear", "Time decay", "Position-based", "Markov order 1",
                    "Removal effects, Markov order 1", "Transitions, Markov order 1", "Shapley (rate)",
                    "Shapley values", "Ordered Shapley", "Ordered Shapley positions", "Paths", "Parameters",
                    "Data quality"));
            assertEquals(expected, sheets);
            XSSFSheet summary = workbook.getSheet("Summary");
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size(), "the clustered bar chart");
            assertEquals("Attribution report: " + project.name(),
                    summary.getRow(0).getCell(0).getStringCellValue());
            // The summary's channel column lists the comparison's channels below its header on sheet row 5.
            List<String> channels = run.comparison().stringColumn("channel").asList();
            assertEquals(channels.get(0), summary.getRow(5).getCell(0).getStringCellValue());
        }

        Path chartFile = dir.resolve("chart.png");
        await(WaitForAsyncUtils.asyncFx(() -> model().exportChart(chartFile, java.awt.Font.SANS_SERIF))
                .get(10, TimeUnit.SECONDS));
        BufferedImage chart = ImageIO.read(chartFile.toFile());
        assertEquals(CreditChart.PNG_WIDTH, chart.getWidth());
        assertEquals(CreditChart.PNG_HEIGHT, chart.getHeight());
        assertTrue(robot.lookup("#attribution-chart").tryQuery().isPresent(), "the chart shows in the view");
    }

    @Test
    void clickingAChannelInTheComparisonListsOnlyThePathsThroughIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().form().eventTypes().contains("purchase"));
        robot.clickOn("#attribution-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model().results().runProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int allPaths = model().results().paths().get().rowCount();

        robot.clickOn(robot.from(robot.lookup("#attribution-comparison").queryAs(Node.class)).lookup(".table-cell")
                .match((Labeled cell) -> "email".equals(cell.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("email", model().results().pathChannelProperty().get());
        Table paths = model().results().paths().get();
        assertTrue(paths.rowCount() > 0 && paths.rowCount() < allPaths, paths.rowCount() + " of " + allPaths);
        paths.stringColumn("path").forEach(path -> assertTrue(AttributionResults.passesThrough(path, "email"),
                path));
        assertEquals("through email", robot.lookup(".attribution-path-filter").queryAs(Label.class).getText());

        robot.clickOn("#attribution-paths-clear");
        assertEquals(allPaths, model().results().paths().get().rowCount());
    }

    @Test
    void withEveryModelUncheckedRunIsOffAndTheProblemIsShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().form().eventTypes().contains("purchase"));

        for (ModelKind kind : ModelKind.values()) {
            robot.clickOn("#model-" + kind.id());
        }

        assertTrue(robot.lookup("#attribution-run").queryAs(Button.class).isDisabled());
        Label problem = robot.lookup("#attribution-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Choose at least one model.", problem.getText());

        robot.clickOn("#model-linear");
        assertFalse(robot.lookup("#attribution-run").queryAs(Button.class).isDisabled());
        assertFalse(problem.isVisible());
    }

    private AttributionViewModel model() {
        return view.model();
    }

    private void await(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.SUCCEEDED, WaitForAsyncUtils.asyncFx(task::getState).get(10, TimeUnit.SECONDS),
                errors.reports.toString());
    }
}
