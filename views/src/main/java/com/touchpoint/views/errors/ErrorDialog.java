package com.touchpoint.views.errors;

import com.touchpoint.views.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error dialog: a headline saying what happened, a line saying what to do, where the log file is, and the
 * technical details (the stack trace) in an expandable area. Every error shown is also logged.
 */
public final class ErrorDialog implements ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private final Messages messages;
    private final Path logFile;
    private final Supplier<Window> owner;

    /** A reporter whose dialogs belong to the window {@code owner} gives at the time of the report. */
    public ErrorDialog(Messages messages, Path logFile, Supplier<Window> owner) {
        this.messages = messages;
        this.logFile = logFile;
        this.owner = owner;
    }

    @Override
    public void report(String whatHappened, String whatToDo, Throwable cause) {
        show(owner.get(), whatHappened, whatToDo, cause);
    }

    /** Logs the failure and shows the dialog without waiting for it to be closed. */
    public void show(Window ownerWindow, String whatHappened, String whatToDo, Throwable cause) {
        LOG.error("{} — {}", whatHappened, whatToDo, cause);
        build(ownerWindow, whatHappened, whatToDo, cause).show();
    }

    Alert build(Window ownerWindow, String whatHappened, String whatToDo, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(ownerWindow);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(whatHappened);

        Label todo = new Label(whatToDo);
        todo.setWrapText(true);
        Label logLocation = new Label(messages.get("error.logFile", logFile.toString()));
        logLocation.setWrapText(true);
        logLocation.getStyleClass().add("dim");
        VBox content = new VBox(8, todo, logLocation);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);

        if (cause != null) {
            TextArea details = new TextArea(stackTrace(cause));
            details.setEditable(false);
            details.setWrapText(false);
            details.getStyleClass().add("error-details");
            details.setPrefRowCount(14);
            VBox.setVgrow(details, Priority.ALWAYS);
            VBox expandable = new VBox(4, new Label(messages.get("error.details")), details);
            alert.getDialogPane().setExpandableContent(expandable);
        }
        alert.setResizable(true);
        return alert;
    }

    private static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
