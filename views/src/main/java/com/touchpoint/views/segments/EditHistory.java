package com.touchpoint.views.segments;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo over immutable values: each edit records the value it replaced; undo steps back, redo steps forward
 * again until a new edit forgets the steps undone. Keeps at most {@value #LIMIT} steps.
 */
final class EditHistory<T> {

    static final int LIMIT = 200;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** Records that {@code previous} was replaced by an edit. */
    void edited(T previous) {
        undo.push(previous);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** The value before the last edit, given the current one (kept for redo); null when there is none. */
    T undo(T current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        T previous = undo.pop();
        update();
        return previous;
    }

    /** The value the last undo stepped back from, given the current one; null when there is none. */
    T redo(T current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        T next = redo.pop();
        update();
        return next;
    }

    /** Forgets every step, e.g. when another segment is opened. */
    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
