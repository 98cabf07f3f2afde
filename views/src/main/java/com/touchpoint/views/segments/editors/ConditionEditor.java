package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The form for one condition: reads its fields into a new condition and hands it on whenever the analyst finishes a
 * change. Fields that do not make a condition yet (a word where a number goes) are not handed on; the form says
 * what is wrong beneath them.
 */
public abstract class ConditionEditor extends VBox {

    protected final Messages messages;
    protected final ConditionChoices choices;
    private final Consumer<Condition> onChange;
    private final Label problem = new Label();
    private Condition shown;
    private boolean filling;

    protected ConditionEditor(Condition condition, ConditionChoices choices, Messages messages,
                              Consumer<Condition> onChange) {
        this.shown = condition;
        this.choices = choices;
        this.messages = messages;
        this.onChange = onChange;
        getStyleClass().add("condition-editor");
        setSpacing(10);
        problem.getStyleClass().add("editor-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
    }

    /** The condition the form shows: as given, or as last handed on. */
    public Condition shown() {
        return shown;
    }

    /** Puts the title and the form's body in place, with the problem line under them. */
    protected void layout(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("editor-title");
        getChildren().setAll(heading, body, problem);
    }

    /** Fills the fields without handing anything on. */
    protected void filling(Runnable fill) {
        filling = true;
        try {
            fill.run();
        } finally {
            filling = false;
        }
    }

    /**
     * Reads the fields with {@code read} and hands the condition on when it differs from the one shown; a field that
     * that does not read ({@link AnalysisException}) shows its problem instead.
     */
    protected void changed(Supplier<Condition> read) {
        if (filling) {
            return;
        }
        Condition condition;
        try {
            condition = read.get();
        } catch (AnalysisException e) {
            showProblem(e.getMessage());
            return;
        }
        showProblem(null);
        if (!condition.equals(shown)) {
            shown = condition;
            onChange.accept(condition);
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }
}
