package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Evaluation;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.LiveCounter;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.analysis.segment.SegmentSentence;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The segment being built: its name, description, time zone and condition tree (immutable; every edit makes a new
 * tree, so undo and redo simply step between trees), the selected node, the tree read as a sentence, and the live
 * count. Every edit asks for a new count; counts are debounced and a newer edit cancels an older count, and the count
 * holds how many customers each node keeps on its own and each group's funnel. The root is always a group. Use on
 * the JavaFX thread; counts run on the counting executor and arrive through {@code fxThread}.
 */
public final class SegmentBuilderModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBuilderModel.class);

    private final Locale locale;
    private final Executor fxThread;
    private final LiveCounter live;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "UTC");
    private final ReadOnlyObjectWrapper<Group> root = new ReadOnlyObjectWrapper<>(this, "root", Group.and());
    private final ObjectProperty<ConditionPath> selected = new SimpleObjectProperty<>(this, "selected",
            ConditionPath.ROOT);
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence");
    private final ObjectProperty<LiveCounter.Counter> counter = new SimpleObjectProperty<>(this, "counter");
    private final ObjectProperty<ConditionChoices> choices = new SimpleObjectProperty<>(this, "choices",
            ConditionChoices.NONE);
    private final ReadOnlyObjectWrapper<LiveCount> count = new ReadOnlyObjectWrapper<>(this, "count");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper savedName = new ReadOnlyStringWrapper(this, "savedName");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final EditHistory<Group> history = new EditHistory<>();
    private volatile LiveCounter.Counter activeCounter;
    private Segment requested;
    private Segment baseline;

    /**
     * @param counting where counts run, after {@code debounce}
     * @param fxThread the JavaFX thread ({@code Platform::runLater}), where counts are handed over
     */
    public SegmentBuilderModel(Locale locale, ScheduledExecutorService counting, Duration debounce,
                               Executor fxThread) {
        this.locale = locale;
        this.fxThread = fxThread;
        this.live = new LiveCounter(this::countSafely, counting, debounce);
        root.addListener((property, old, now) -> changed());
        name.addListener((property, old, now) -> changed());
        timeZone.addListener((property, old, now) -> changed());
        description.addListener((property, old, now) -> updateModified());
        counter.addListener((property, old, now) -> recount());
        choices.addListener((property, old, now) -> sentence.set(describe(root.get())));
        sentence.set(describe(root.get()));
        baseline = current("-");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The zone in which calendar dates of windows are read, e.g. Asia/Shanghai or +08:00. */
    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** The condition tree; always a group. */
    public ReadOnlyObjectProperty<Group> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The path of the selected node (the outermost NOT of a negated condition); the root when none is. */
    public ObjectProperty<ConditionPath> selectedProperty() {
        return selected;
    }

    /** The whole tree as a sentence in the interface language. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Counts segments over the loaded audience; null while it loads (nothing is counted then). */
    public ObjectProperty<LiveCounter.Counter> counterProperty() {
        return counter;
    }

    /** What the editors offer to pick from. */
    public ObjectProperty<ConditionChoices> choicesProperty() {
        return choices;
    }

    /** The latest finished count; null before the first and without an audience. */
    public ReadOnlyObjectProperty<LiveCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True from an edit until its count arrives. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** The name the segment was last opened or saved under; null for a new one. */
    public ReadOnlyStringProperty savedNameProperty() {
        return savedName.getReadOnlyProperty();
    }

    /** Whether anything changed since the segment was opened or saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** A condition read as text in the interface language (RFM groups by name), for the tree's cells. */
    public String describe(Condition condition) {
        return SegmentSentence.of(ReadableNames.of(condition, choices.get()), locale);
    }

    /** Starts a new, empty segment (everyone) called {@code newName}. */
    public void startNew(String newName) {
        show(new Segment(Segment.FORMAT, newName, "", ZoneId.systemDefault().getId(), Group.and()), null);
    }

    /** Shows a saved segment; a root that is not a group goes into an "all of" group of one, which keeps the same. */
    public void open(Segment segment) {
        show(segment, segment.name());
    }

    /**
     * The segment as it stands.
     *
     * @throws AnalysisException when the name is missing or the time zone is not one
     */
    public Segment segment() {
        return new Segment(Segment.FORMAT, name.get().strip(), description.get(), timeZone.get().strip(), root.get());
    }

    /** Records that {@code saved} is now stored under its name: the segment counts as unmodified. */
    public void saved(Segment saved) {
        savedName.set(saved.name());
        baseline = saved;
        updateModified();
    }

    /** Adds a new condition of {@code kind} beside the selected node (into it when it is a group) and selects it. */
    public void add(ConditionKind kind) {
        ConditionPath near = validSelection();
        ConditionPath inner = TreeEdits.inner(root.get(), TreeEdits.unit(root.get(), near));
        Group.Logic logic = inner.find(root.get()) instanceof Group group ? group.logic()
                : ((Group) TreeEdits.unit(root.get(), near).parent().find(root.get())).logic();
        add(NewConditions.of(kind, choices.get(), logic, name.get()));
    }

    /** Adds {@code condition} beside the selected node (into it when it is a group) and selects it. */
    public void add(Condition condition) {
        apply(TreeEdits.add(root.get(), validSelection(), condition));
    }

    /** Removes the selected node with its NOTs and selects its group; the root cannot be removed. */
    public void removeSelected() {
        ConditionPath unit = TreeEdits.unit(root.get(), validSelection());
        if (unit.indices().isEmpty()) {
            return;
        }
        edit(TreeEdits.remove(root.get(), unit));
        selected.set(unit.parent());
    }

    /** Negates the selected node, or takes its NOT away; the root cannot be negated. */
    public void toggleNot() {
        ConditionPath unit = TreeEdits.unit(root.get(), validSelection());
        if (!unit.indices().isEmpty()) {
            apply(TreeEdits.toggleNot(root.get(), unit));
        }
    }

    /** Puts the selected node into a group of its own, so more conditions can join it there. */
    public void wrapSelectedInGroup() {
        ConditionPath unit = TreeEdits.unit(root.get(), validSelection());
        if (!unit.indices().isEmpty()) {
            Group parent = (Group) unit.parent().find(root.get());
            apply(TreeEdits.wrapInGroup(root.get(), unit,
                    parent.logic() == Group.Logic.AND ? Group.Logic.OR : Group.Logic.AND));
        }
    }

    /** Makes the group at {@code path} join its conditions with {@code logic}. */
    public void setLogic(ConditionPath path, Group.Logic logic) {
        if (((Group) path.find(root.get())).logic() != logic) {
            edit(TreeEdits.withLogic(root.get(), path, logic));
        }
    }

    /** Replaces the node at {@code path} (below any NOTs), as an editor changed it. */
    public void replace(ConditionPath path, Condition condition) {
        if (!path.find(root.get()).equals(condition)) {
            edit(path.replace(root.get(), condition));
        }
    }

    /**
     * Moves the node at {@code from} before, after or into the node at {@code target} and selects it there.
     *
     * @return false when that is no move (into itself, into a condition that is not a group, beside the root)
     */
    public boolean move(ConditionPath from, ConditionPath target, DropPosition position) {
        TreeEdits.Edited moved = TreeEdits.move(root.get(), from, target, position);
        if (moved == null) {
            return false;
        }
        apply(moved);
        return true;
    }

    /** Whether dropping the node at {@code from} on {@code target} at {@code position} would move it. */
    public boolean canMove(ConditionPath from, ConditionPath target, DropPosition position) {
        return TreeEdits.move(root.get(), from, target, position) != null;
    }

    public void undo() {
        Group previous = history.undo(root.get());
        if (previous != null) {
            step(previous);
        }
    }

    public void redo() {
        Group next = history.redo(root.get());
        if (next != null) {
            step(next);
        }
    }

    /** Counts again, e.g. after the reference time or the saved segments changed. */
    public void recount() {
        activeCounter = counter.get();
        if (activeCounter == null) {
            live.cancel();
            requested = null;
            counting.set(false);
            count.set(null);
            return;
        }
        Segment segment;
        try {
            segment = current(name.get().isBlank() ? "-" : name.get().strip());
        } catch (AnalysisException e) {
            live.cancel();
            requested = null;
            counting.set(false);
            count.set(new LiveCount(root.get(), null, e.getMessage()));
            return;
        }
        requested = segment;
        counting.set(true);
        live.request(segment, result -> fxThread.execute(() -> delivered(result)));
    }

    /** Stops counting for good, e.g. when the project closes. */
    public void close() {
        counter.set(null);
    }

    private void delivered(LiveCounter.Result result) {
        if (result.segment() != requested) {
            return;
        }
        counting.set(false);
        count.set(new LiveCount(result.segment().condition(), result.evaluation(), result.problem()));
    }

    private Evaluation countSafely(Segment segment, CancellationToken token) {
        try {
            return activeCounter.count(segment, token);
        } catch (AnalysisException | CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Counting segment {} failed", segment.name(), e);
            throw new AnalysisException(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()), e);
        }
    }

    private void show(Segment segment, String saved) {
        Group tree = segment.condition() instanceof Group group ? group : Group.and(segment.condition());
        baseline = new Segment(Segment.FORMAT, segment.name(), segment.description(), segment.timeZone(), tree);
        savedName.set(saved);
        name.set(segment.name());
        description.set(segment.description());
        timeZone.set(segment.timeZone());
        history.clear();
        root.set(tree);
        selected.set(ConditionPath.ROOT);
        changed();
    }

    private void apply(TreeEdits.Edited edited) {
        edit(edited.root());
        selected.set(edited.path());
    }

    private void edit(Condition newRoot) {
        history.edited(root.get());
        root.set((Group) newRoot);
    }

    private void step(Group tree) {
        root.set(tree);
        if (!exists(selected.get())) {
            selected.set(ConditionPath.ROOT);
        }
    }

    private ConditionPath validSelection() {
        ConditionPath path = selected.get();
        return path != null && exists(path) ? path : ConditionPath.ROOT;
    }

    private boolean exists(ConditionPath path) {
        return TreeEdits.exists(root.get(), path);
    }

    private void changed() {
        sentence.set(describe(root.get()));
        updateModified();
        recount();
    }

    private void updateModified() {
        Segment now;
        try {
            now = current(name.get().strip());
        } catch (AnalysisException e) {
            modified.set(true);
            return;
        }
        modified.set(!now.equals(baseline));
    }

    private Segment current(String segmentName) {
        return new Segment(Segment.FORMAT, segmentName, description.get(), timeZone.get().strip(), root.get());
    }
}
