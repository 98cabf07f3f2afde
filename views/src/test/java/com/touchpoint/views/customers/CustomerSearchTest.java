package com.touchpoint.views.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.store.CustomerProfileRepository;
import com.touchpoint.datasources.store.CustomerProfileRepository.Identifier;
import com.touchpoint.views.customers.CustomerModel.AttributeRow;
import com.touchpoint.views.audience.AudienceSessions;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.quality.ListTable;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Customers page over a real project: a phone number typed another way finds the customer it was stored for. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class CustomerSearchTest {

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingErrors errors = new RecordingErrors();
    private final ScheduledExecutorService background =
            Executors.newScheduledThreadPool(2, new DaemonThreads("test-customers"));
    private BackgroundTasks tasks;
    private StoreProject project;
    private CustomerViews customers;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-customer-tasks")),
                errors, messages);
        stage.setScene(new Scene(new Pane(), 1100, 760));
        stage.show();
    }

    /** Alice (member M1) from the CRM with phone and e-mail; two web events of hers and one of someone else. */
    @BeforeEach
    void importAlice() throws Exception {
        project = new StoreGateway().create(folder.resolve("customers"));
        ImportRequest shanghai = new ImportRequest(null, null, null, null, ZoneId.of("Asia/Shanghai"), null);
        project.imports().importFile(Files.writeString(folder.resolve("crm.csv"), """
                member_id,phone,email,name,city
                M1,+86 138 0013 8000,alice@example.com,Alice,Hangzhou
                """), shanghai, ImportMonitor.NONE);
        project.imports().importFile(Files.writeString(folder.resolve("web.csv"), """
                member_id,event,ts,channel
                M1,page_view,2026-08-01T10:00:00Z,web
                M1,purchase,2026-08-02T10:00:00Z,web
                M2,page_view,2026-08-01T11:00:00Z,web
                """), shanghai, ImportMonitor.NONE);
        customers = new CustomerViews(messages, tasks, errors, background, Platform::runLater,
                new AudienceSessions(tasks, messages));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage.getScene().getRoot() instanceof CustomerSearchPage page) {
                page.close();
            }
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            tasks.close();
        }).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
        project.close();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhoneNumberTypedWithDashesFindsTheCustomerWithIdentifiersAttributesAndTimeline(FxRobot robot)
            throws Exception {
        robot.interact(() -> stage.getScene().setRoot(customers.searchPage(project)));

        typeQuery(robot, "138-0013-8000");
        robot.clickOn("#customer-query").type(KeyCode.ENTER);

        await(() -> robot.lookup("#customer-search-status").queryAs(Labeled.class).getText().startsWith("Found"));
        await(() -> robot.lookup("#customer-title").tryQuery().isPresent());
        await(() -> robot.lookup("#customer-identifiers").queryAs(ListTable.class).getItems().size() == 3);
        await(() -> robot.lookup(".row-count").queryAs(Labeled.class).getText().equals("2 rows"));
        assertEquals("Found the customer with \"138-0013-8000\".",
                robot.lookup("#customer-search-status").queryAs(Labeled.class).getText());
        List<Identifier> identifiers = robot.lookup("#customer-identifiers").queryAs(ListTable.class).getItems();
        assertEquals(List.of(IdType.MEMBER, IdType.PHONE, IdType.EMAIL),
                identifiers.stream().map(Identifier::type).toList());
        assertTrue(identifiers.get(1).pseudonymised());
        List<AttributeRow> attributes = robot.lookup("#customer-attributes").queryAs(ListTable.class).getItems();
        assertEquals(new AttributeRow("Name", "Alice"), attributes.get(0));
        assertEquals(new AttributeRow("City", "Hangzhou"), attributes.get(3));
        assertEquals(new AttributeRow("Gender", "—"), attributes.get(1));
        // Nothing was computed in Audience yet, so the audience facts say so once the audience has loaded.
        await(() -> robot.lookup("#customer-audience .label").queryAllAs(Labeled.class).stream()
                .anyMatch(label -> label.getText().startsWith("RFM: not scored")));
        assertTrue(robot.lookup("#customer-audience .label").queryAllAs(Labeled.class).stream()
                .anyMatch(label -> label.getText().startsWith("Tags: none computed yet")));
        assertEquals(List.of(), errors.reports);
    }

    @Test
    void textNoIdentifierHasSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> stage.getScene().setRoot(customers.searchPage(project)));

        typeQuery(robot, "M9");
        robot.clickOn("#customer-find");

        await(() -> robot.lookup("#customer-search-status").queryAs(Labeled.class).getText()
                .equals("No customer has the identifier \"M9\"."));
        assertTrue(robot.lookup("#customer-title").tryQuery().isEmpty());
    }

    @Test
    void aCustomerOpensInAWindowOfItsOwn(FxRobot robot) throws Exception {
        long alice = new CustomerProfileRepository(project.store()).find("M1")
                .get(0).globalId();

        Stage window = WaitForAsyncUtils.asyncFx(() -> customers.open(project, alice, stage))
                .get(10, TimeUnit.SECONDS);

        assertTrue(window.isShowing());
        assertEquals("Customer " + alice + " — customers", window.getTitle());
        await(() -> robot.lookup(".row-count").queryAs(Labeled.class).getText().equals("2 rows"));
    }

    /** Sets the query in one step: typing key by key through the robot loses keys on a loaded machine. */
    private static void typeQuery(FxRobot robot, String text) {
        TextField query = robot.lookup("#customer-query").queryAs(TextField.class);
        robot.interact(() -> query.setText(text));
    }
}
