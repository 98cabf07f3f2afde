package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.views.i18n.Messages;

import java.text.NumberFormat;
import java.util.List;
import java.util.OptionalInt;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the condition tree: NOT when negated, an icon for the kind of condition, the condition in words (a group:
 * all of / any of), how many customers it keeps on its own, and after it the group's funnel. Rows drag and take
 * drops: above or below a condition puts the dragged one before or after it, the middle of a group puts it in.
 */
final class ConditionCell extends TreeCell<TreeNode> {

    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private final SegmentBuilderModel model;
    private final Messages messages;
    private final ConditionTree tree;
    private final NumberFormat counts;
    private final Label not = new Label();
    private final FontIcon icon = new FontIcon();
    private final Label text = new Label();
    private final Label own = new Label();
    private final Label funnel = new Label();
    private final HBox graphic;

    ConditionCell(SegmentBuilderModel model, Messages messages, ConditionTree tree) {
        this.model = model;
        this.messages = messages;
        this.tree = tree;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
        not.getStyleClass().add("not-badge");
        icon.getStyleClass().add("condition-icon");
        text.getStyleClass().add("condition-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        own.getStyleClass().add("own-count");
        funnel.getStyleClass().add("funnel-count");
        own.setMinWidth(USE_PREF_SIZE);
        funnel.setMinWidth(USE_PREF_SIZE);
        graphic = new HBox(6, not, icon, text, own, funnel);
        graphic.getStyleClass().add("condition-row");
        setOnDragDetected(event -> {
            if (getItem() != null && !getItem().isRoot()) {
                tree.setDragged(getItem().unit());
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(text.getText());
                board.setContent(content);
                event.consume();
            }
        });
        setOnDragOver(this::dragOver);
        setOnDragExited(event -> showDrop(null));
        setOnDragDropped(event -> {
            DropPosition position = position(event);
            boolean moved = tree.dragged() != null && getItem() != null
                    && model.move(tree.dragged(), getItem().unit(), position);
            showDrop(null);
            event.setDropCompleted(moved);
            event.consume();
        });
        setOnDragDone(event -> tree.setDragged(null));
    }

    @Override
    protected void updateItem(TreeNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        if (empty || node == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Condition condition = node.condition();
        pseudoClassStateChanged(GROUP, condition instanceof Group);
        not.setText(messages.get("segment.cell.not"));
        not.setVisible(node.nots() > 0);
        not.setManaged(node.nots() > 0);
        icon.setIconCode(icon(ConditionKind.of(condition)));
        text.setText(words(condition));
        showCounts(node);
        setGraphic(graphic);
    }

    private String words(Condition condition) {
        if (condition instanceof Group group) {
            String logic = messages.get(group.logic() == Group.Logic.AND ? "segment.cell.all" : "segment.cell.any");
            return group.conditions().isEmpty() ? messages.get("segment.cell.emptyGroup", logic, model.describe(group))
                    : logic;
        }
        return model.describe(condition);
    }

    private void showCounts(TreeNode node) {
        LiveCount count = model.countProperty().get();
        boolean fresh = count != null && count.isOf(model.rootProperty().get()) && !model.countingProperty().get();
        OptionalInt kept = fresh ? count.ownCount(node.unit()) : OptionalInt.empty();
        own.setText(kept.isPresent() ? counts.format(kept.getAsInt()) : model.countingProperty().get() ? "…" : "");
        own.setVisible(!own.getText().isEmpty());
        own.setManaged(own.isVisible());
        own.setTooltip(kept.isPresent() ? new Tooltip(messages.get("segment.cell.ownTip", kept.getAsInt())) : null);
        List<Integer> steps = fresh && !node.isRoot() ? count.funnel(node.unit().parent()) : List.of();
        boolean showFunnel = node.position() > 0 && node.position() < steps.size();
        funnel.setVisible(showFunnel);
        funnel.setManaged(showFunnel);
        if (showFunnel) {
            int left = steps.get(node.position());
            funnel.setText(messages.get("segment.cell.funnel", left));
            funnel.setTooltip(new Tooltip(messages.get("segment.cell.funnelTip", left)));
        }
    }

    private void dragOver(DragEvent event) {
        if (tree.dragged() == null || getItem() == null) {
            return;
        }
        DropPosition position = position(event);
        if (model.canMove(tree.dragged(), getItem().unit(), position)) {
            event.acceptTransferModes(TransferMode.MOVE);
            showDrop(position);
        } else {
            showDrop(null);
        }
        event.consume();
    }

    /** Above a quarter of a group's row: before it; below three quarters: after it; else into it. */
    private DropPosition position(DragEvent event) {
        double share = event.getY() / Math.max(1, getHeight());
        if (getItem().condition() instanceof Group) {
            if (getItem().isRoot()) {
                return DropPosition.INTO;
            }
            return share < 0.25 ? DropPosition.BEFORE : share > 0.75 ? DropPosition.AFTER : DropPosition.INTO;
        }
        return share < 0.5 ? DropPosition.BEFORE : DropPosition.AFTER;
    }

    private void showDrop(DropPosition position) {
        pseudoClassStateChanged(DROP_BEFORE, position == DropPosition.BEFORE);
        pseudoClassStateChanged(DROP_AFTER, position == DropPosition.AFTER);
        pseudoClassStateChanged(DROP_INTO, position == DropPosition.INTO);
    }

    static Ikon icon(ConditionKind kind) {
        return switch (kind) {
            case GROUP -> Feather.LAYERS;
            case PROPERTY -> Feather.USER;
            case EVENT -> Feather.ACTIVITY;
            case AGGREGATE -> Feather.DOLLAR_SIGN;
            case TAG -> Feather.TAG;
            case RFM -> Feather.GRID;
            case CLUSTER -> Feather.PIE_CHART;
            case SEGMENT -> Feather.USERS;
        };
    }
}
