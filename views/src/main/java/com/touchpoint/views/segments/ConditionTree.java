package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.views.i18n.Messages;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

/**
 * The segment's condition tree: one row per condition (NOTs shown on the condition they negate), each with how many
 * customers it keeps on its own and, in a group, how many are left after it (the funnel). Rows are dragged to
 * reorder them or move them to another group; Delete removes the selected row. The tree is rebuilt from the model's
 * immutable tree after every edit, and the selection follows the model's.
 */
final class ConditionTree extends TreeView<TreeNode> {

    private final SegmentBuilderModel model;
    private ConditionPath dragged;
    private boolean syncing;

    ConditionTree(SegmentBuilderModel model, Messages messages, Consumer<ContextMenu> menuFactory) {
        this.model = model;
        getStyleClass().add("condition-tree");
        setShowRoot(true);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setCellFactory(view -> new ConditionCell(model, messages, this));
        ContextMenu menu = new ContextMenu();
        menuFactory.accept(menu);
        setContextMenu(menu);
        model.rootProperty().addListener((property, old, now) -> rebuild());
        model.countProperty().addListener((property, old, now) -> refresh());
        model.countingProperty().addListener((property, old, now) -> refresh());
        model.selectedProperty().addListener((property, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now.getValue().unit());
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                model.removeSelected();
                event.consume();
            }
        });
        rebuild();
    }

    /** The path being dragged, while a drag is under way. */
    ConditionPath dragged() {
        return dragged;
    }

    void setDragged(ConditionPath path) {
        dragged = path;
    }

    private void rebuild() {
        syncing = true;
        try {
            setRoot(item(model.rootProperty().get(), ConditionPath.ROOT));
        } finally {
            syncing = false;
        }
        select(model.selectedProperty().get());
    }

    private TreeItem<TreeNode> item(Group root, ConditionPath unit) {
        TreeNode node = TreeNode.at(root, unit);
        TreeItem<TreeNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        if (node.condition() instanceof Group group) {
            for (int i = 0; i < group.conditions().size(); i++) {
                item.getChildren().add(item(root, node.inner().child(i)));
            }
        }
        return item;
    }

    private void select(ConditionPath unit) {
        Group root = model.rootProperty().get();
        TreeItem<TreeNode> item = unit == null || !TreeEdits.exists(root, unit) ? null
                : find(getRoot(), TreeEdits.unit(root, unit));
        syncing = true;
        try {
            if (item == null) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, ConditionPath unit) {
        if (item == null) {
            return null;
        }
        if (item.getValue().unit().equals(unit)) {
            return item;
        }
        for (TreeItem<TreeNode> child : item.getChildren()) {
            TreeItem<TreeNode> found = find(child, unit);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
