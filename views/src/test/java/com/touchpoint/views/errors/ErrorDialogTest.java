package com.touchpoint.views.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theDialogSaysWhatHappenedWhatToDoWhereTheLogIsAndHoldsTheStackTrace() throws Exception {
        ErrorDialog dialog = new ErrorDialog(messages, Path.of("/home/ana/.touchpoint/logs/touchpoint.log"), () -> null);
        IOException cause = new IOException("bad bytes at line 12");

        Alert alert = WaitForAsyncUtils.asyncFx(() -> dialog.build(null, "Import orders.csv did not finish",
                "orders.csv is not valid UTF-8 or GBK.", cause)).get(10, TimeUnit.SECONDS);

        assertEquals("Import orders.csv did not finish", alert.getHeaderText());
        String content = texts(alert.getDialogPane().getContent());
        assertTrue(content.contains("orders.csv is not valid UTF-8 or GBK."), content);
        assertTrue(content.contains("Log file: /home/ana/.touchpoint/logs/touchpoint.log"), content);
        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup(".error-details");
        assertTrue(details.getText().startsWith("java.io.IOException: bad bytes at line 12"));
    }

    @Test
    void uncaughtExceptionsInQuickSuccessionShowOneDialog() throws Exception {
        RecordingErrors errors = new RecordingErrors();
        UncaughtErrors handler = new UncaughtErrors(errors, messages);

        WaitForAsyncUtils.asyncFx(() -> {
            handler.uncaughtException(Thread.currentThread(), new IllegalStateException("layout failed"));
            handler.uncaughtException(Thread.currentThread(), new IllegalStateException("layout failed again"));
        }).get(10, TimeUnit.SECONDS);

        assertEquals(1, errors.reports.size());
        assertEquals("Something went wrong inside Touchpoint", errors.reports.get(0).whatHappened());
        assertEquals("layout failed", errors.reports.get(0).cause().getMessage());
    }

    private static String texts(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Labeled labeled) {
            text.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(texts(child)));
        }
        return text.toString();
    }
}
