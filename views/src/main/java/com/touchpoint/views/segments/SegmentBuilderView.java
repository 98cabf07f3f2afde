package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.editors.ConditionEditor;
import com.touchpoint.views.segments.editors.ConditionEditors;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Building a segment: a toolbar (add a condition of any kind, put the selected one into a group, NOT, remove, undo,
 * redo), the condition tree beside the form of the selected condition, and the segment read as a sentence beneath.
 * Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo outside text fields.
 */
final class SegmentBuilderView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final SegmentBuilderModel model;
    private final Messages messages;
    private final ConditionTree tree;
    private final ScrollPane editorPane = new ScrollPane();
    private final ToggleButton not;
    private final MenuButton add;
    private ConditionEditor editor;
    private ConditionPath editorPath;
    private ConditionChoices editorChoices;

    SegmentBuilderView(SegmentBuilderModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("segment-builder");
        add = new MenuButton(messages.get("segment.add"), new FontIcon(Feather.PLUS));
        add.setId("segment-add");
        add.getStyleClass().add("accent");
        add.setOnShowing(event -> fillAddMenu(add.getItems(), model));
        fillAddMenu(add.getItems(), model);
        Button group = button("segment.group", Feather.LAYERS, "segment.group.tip");
        group.setOnAction(event -> model.wrapSelectedInGroup());
        not = new ToggleButton(messages.get("segment.not"));
        not.setId("segment-not");
        not.setTooltip(new Tooltip(messages.get("segment.not.tip")));
        not.setOnAction(event -> model.toggleNot());
        Button remove = button("segment.remove", Feather.TRASH_2, "segment.remove.tip");
        remove.setId("segment-remove");
        remove.setOnAction(event -> model.removeSelected());
        Button undo = button("segment.undo", Feather.CORNER_UP_LEFT, "segment.undo.tip");
        undo.setId("segment-undo");
        undo.setOnAction(event -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("segment.redo", Feather.CORNER_UP_RIGHT, "segment.redo.tip");
        redo.setId("segment-redo");
        redo.setOnAction(event -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        var atRoot = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().indices().isEmpty(), model.selectedProperty());
        group.disableProperty().bind(atRoot);
        not.disableProperty().bind(atRoot);
        remove.disableProperty().bind(atRoot);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(6, add, group, not, remove, new Separator(Orientation.VERTICAL), undo, redo, gap);
        toolbar.getStyleClass().add("builder-toolbar");

        tree = new ConditionTree(model, messages, menu -> {
            menu.setOnShowing(event -> fillContextMenu(menu));
        });
        editorPane.setFitToWidth(true);
        editorPane.getStyleClass().add("editor-pane");
        SplitPane split = new SplitPane(tree, editorPane);
        split.setDividerPositions(0.48);
        split.getStyleClass().add("builder-split");

        Label sentenceTitle = new Label(messages.get("segment.sentence"));
        sentenceTitle.getStyleClass().add("sentence-title");
        Label sentence = new Label();
        sentence.setId("segment-sentence");
        sentence.getStyleClass().add("segment-sentence");
        sentence.setWrapText(true);
        sentence.textProperty().bind(model.sentenceProperty());
        VBox sentenceBox = new VBox(4, sentenceTitle, sentence);
        sentenceBox.getStyleClass().add("sentence-box");

        setTop(toolbar);
        setCenter(split);
        setBottom(sentenceBox);

        model.selectedProperty().addListener((property, old, now) -> showEditor());
        model.rootProperty().addListener((property, old, now) -> showEditor());
        model.choicesProperty().addListener((property, old, now) -> showEditor());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                model.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
                model.redo();
                event.consume();
            }
        });
        showEditor();
    }

    private Button button(String key, Feather icon, String tipKey) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setTooltip(new Tooltip(messages.get(tipKey)));
        return button;
    }

    /** One item per kind of condition; kinds with nothing to pick from yet say what to do first. */
    private void fillAddMenu(List<MenuItem> items, SegmentBuilderModel builder) {
        ConditionChoices choices = builder.choicesProperty().get();
        items.clear();
        for (ConditionKind kind : ConditionKind.values()) {
            if (kind == ConditionKind.GROUP) {
                items.add(new SeparatorMenuItem());
            }
            String missing = switch (kind) {
                case TAG -> choices.tags().isEmpty() ? "segment.add.noTags" : null;
                case RFM -> choices.rfmComputed() ? null : "segment.add.noRfm";
                case CLUSTER -> choices.clusterings().isEmpty() ? "segment.add.noClusterings" : null;
                case SEGMENT -> choices.segments().stream()
                        .allMatch(name -> name.equals(builder.nameProperty().get())) ? "segment.add.noSegments" : null;
                default -> null;
            };
            MenuItem item = new MenuItem(missing == null ? messages.get(kind.key())
                    : messages.get("segment.add.unavailable", messages.get(kind.key()), messages.get(missing)));
            item.setId("segment-add-" + kind.name().toLowerCase(Locale.ROOT));
            item.setDisable(missing != null);
            item.setOnAction(event -> builder.add(kind));
            items.add(item);
        }
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        MenuItem groupItem = new MenuItem(messages.get("segment.group"));
        groupItem.setOnAction(event -> model.wrapSelectedInGroup());
        MenuItem notItem = new MenuItem(messages.get("segment.not"));
        notItem.setOnAction(event -> model.toggleNot());
        MenuItem removeItem = new MenuItem(messages.get("segment.remove"));
        removeItem.setOnAction(event -> model.removeSelected());
        boolean atRoot = model.selectedProperty().get() == null || model.selectedProperty().get().indices().isEmpty();
        groupItem.setDisable(atRoot);
        notItem.setDisable(atRoot);
        removeItem.setDisable(atRoot);
        Menu addMenu = new Menu(messages.get("segment.add"));
        fillAddMenu(addMenu.getItems(), model);
        menu.getItems().addAll(addMenu, new SeparatorMenuItem(), groupItem, notItem, removeItem);
    }

    /** Shows the form of the selected condition; keeps the one shown while it is what the analyst is editing. */
    private void showEditor() {
        Group root = model.rootProperty().get();
        ConditionPath selected = model.selectedProperty().get();
        if (selected == null || !TreeEdits.exists(root, selected)) {
            selected = ConditionPath.ROOT;
        }
        TreeNode node = TreeNode.at(root, TreeEdits.unit(root, selected));
        not.setSelected(node.unit().find(root) instanceof Not);
        ConditionChoices choices = model.choicesProperty().get();
        if (editor != null && node.inner().equals(editorPath) && editor.shown().equals(node.condition())
                && choices == editorChoices) {
            return;
        }
        ConditionPath path = node.inner();
        editor = ConditionEditors.of(node.condition(), choices, messages, edited -> model.replace(path, edited));
        editorPath = path;
        editorChoices = choices;
        editorPane.setContent(editor);
    }
}
