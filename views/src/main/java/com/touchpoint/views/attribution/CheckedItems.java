package com.touchpoint.views.attribution;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

/**
 * Keeps a {@link CheckComboBox}'s checks and a view-model list of checked items the same both ways, and shows a
 * short title ("All (7)", "email, search") instead of the box's long list of every checked item.
 */
final class CheckedItems {

    private final CheckComboBox<String> box;
    private final ObservableList<String> checked;
    private boolean applying;

    private CheckedItems(CheckComboBox<String> box, ObservableList<String> checked) {
        this.box = box;
        this.checked = checked;
    }

    /**
     * Binds {@code box} (whose items are the choices) to {@code checked}.
     *
     * @param title the box's title for the checked items
     */
    static void bind(CheckComboBox<String> box, ObservableList<String> checked, Function<List<String>, String> title) {
        CheckedItems sync = new CheckedItems(box, checked);
        sync.apply();
        checked.addListener((ListChangeListener<String>) change -> sync.apply());
        box.getItems().addListener((ListChangeListener<String>) change -> sync.apply());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> sync.taken());
        box.titleProperty().bind(Bindings.createStringBinding(
                () -> title.apply(List.copyOf(checked)), checked, box.getItems()));
    }

    /** The view-model's checks onto the box. */
    private void apply() {
        applying = true;
        try {
            IndexedCheckModel<String> model = box.getCheckModel();
            Set<String> wanted = Set.copyOf(checked);
            for (int i = 0; i < box.getItems().size(); i++) {
                boolean on = wanted.contains(box.getItems().get(i));
                if (on != model.isChecked(i)) {
                    if (on) {
                        model.check(i);
                    } else {
                        model.clearCheck(i);
                    }
                }
            }
        } finally {
            applying = false;
        }
    }

    /** The analyst's checks into the view-model, in the order of the choices. */
    private void taken() {
        if (!applying) {
            Set<String> now = Set.copyOf(box.getCheckModel().getCheckedItems());
            checked.setAll(box.getItems().stream().filter(now::contains).toList());
        }
    }
}
