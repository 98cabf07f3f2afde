package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

/**
 * The Segments feature: the list of saved segments with their sizes, and the segment being built, both over the
 * project's shared audience; saving, opening, duplicating and deleting segments in the project's library on worker
 * threads. Saving a segment that refers to a missing segment or to itself is refused, and {@link #saveProblem()}
 * says why. Use on the JavaFX thread.
 */
public final class SegmentsModel implements AutoCloseable {

    private final AudienceSession session;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final SegmentBuilderModel builder;
    private final SegmentListModel list;
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem");
    private final ChangeListener<AudienceState> audienceChanged = (property, old, now) -> audienceChanged(now);
    private final ChangeListener<Number> segmentsChanged = (property, old, now) -> segmentsChanged();

    /**
     * @param background worker threads for counts
     * @param fxThread   the JavaFX thread ({@code Platform::runLater})
     */
    public SegmentsModel(AudienceSession session, BackgroundTasks tasks, ErrorReporter errors, Messages messages,
                         ScheduledExecutorService background, Executor fxThread) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.builder = new SegmentBuilderModel(messages.locale(), background, SegmentBuilderModel.DEBOUNCE,
                fxThread);
        this.list = new SegmentListModel(session.library(), background, fxThread, errors, messages);
        list.rows().addListener((ListChangeListener<SegmentLibrary.Summary>) change -> updateChoices());
        builder.nameProperty().addListener((property, old, now) -> saveProblem.set(null));
        session.stateProperty().addListener(audienceChanged);
        session.segmentsVersionProperty().addListener(segmentsChanged);
        builder.startNew(messages.get("segments.newName"));
        audienceChanged(session.stateProperty().get());
    }

    public SegmentBuilderModel builder() {
        return builder;
    }

    public SegmentListModel list() {
        return list;
    }

    public AudienceSession session() {
        return session;
    }

    /** Why the last save was refused (a missing or circular segment reference, no name…); null when it was not. */
    public ReadOnlyStringProperty saveProblem() {
        return saveProblem.getReadOnlyProperty();
    }

    /** Whether saving would replace another saved segment of the same name (ask before {@link #save}). */
    public boolean saveWouldReplace() {
        String name = builder.nameProperty().get().strip();
        return !name.equals(builder.savedNameProperty().get()) && list.names().contains(name);
    }

    /** Starts a new segment with an unused name. */
    public void newSegment() {
        builder.startNew(unusedName(messages.get("segments.newName"), list.names()));
        saveProblem.set(null);
    }

    /** Saves the segment being built under its name, replacing one of the same name. */
    public void save() {
        Segment segment;
        try {
            segment = builder.segment();
        } catch (AnalysisException e) {
            saveProblem.set(e.getMessage());
            return;
        }
        tasks.run(messages.get("segments.saving", segment.name()), context -> {
            session.library().save(segment);
            return segment;
        }, saved -> {
            saveProblem.set(null);
            builder.saved(saved);
            session.segmentsChanged();
        }, failure -> {
            if (failure instanceof AnalysisException) {
                saveProblem.set(failure.getMessage());
            } else {
                tasks.reportFailure(messages.get("segments.saveFailed", segment.name()), failure);
            }
        });
    }

    /** Opens the saved segment {@code name} in the builder. */
    public void open(String name) {
        tasks.run(messages.get("segments.opening", name), context -> session.library().load(name)
                .orElseThrow(() -> new AnalysisException(messages.get("segments.missing", name))), segment -> {
                    saveProblem.set(null);
                    builder.open(segment);
                });
    }

    /** Saves a copy of the saved segment {@code name} under an unused name, and opens the copy. */
    public void duplicate(String name) {
        var taken = list.names();
        tasks.run(messages.get("segments.duplicating", name), context -> {
            Segment original = session.library().load(name)
                    .orElseThrow(() -> new AnalysisException(messages.get("segments.missing", name)));
            Segment copy = new Segment(Segment.FORMAT, unusedName(messages.get("segments.copyName", name), taken),
                    original.description(), original.timeZone(), original.condition());
            session.library().save(copy);
            return copy;
        }, copy -> {
            session.segmentsChanged();
            builder.open(copy);
        });
    }

    /** Deletes the saved segment {@code name}; refused while other segments refer to it. */
    public void delete(String name) {
        tasks.run(messages.get("segments.deleting", name), context -> {
            session.library().delete(name);
            return name;
        }, deleted -> {
            if (deleted.equals(builder.savedNameProperty().get())) {
                newSegment();
            }
            session.segmentsChanged();
        }, failure -> tasks.reportFailure(messages.get("segments.deleteFailed", name), failure));
    }

    @Override
    public void close() {
        session.stateProperty().removeListener(audienceChanged);
        session.segmentsVersionProperty().removeListener(segmentsChanged);
        builder.close();
        list.cancel();
        session.release();
    }

    /** {@code base}, or {@code base 2}, {@code base 3}… whichever is not taken yet. */
    static String unusedName(String base, Collection<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private void audienceChanged(AudienceState state) {
        builder.counterProperty().set(state == null ? null : state.counter(session.library()));
        updateChoices();
        list.refresh(state);
    }

    private void segmentsChanged() {
        list.refresh(session.stateProperty().get());
        builder.recount();
    }

    private void updateChoices() {
        AudienceState state = session.stateProperty().get();
        ConditionChoices choices = state == null ? ConditionChoices.NONE
                : ConditionChoices.of(state.data(), list.names());
        // Equal choices keep the form being edited; a new object would rebuild it.
        if (!choices.equals(builder.choicesProperty().get())) {
            builder.choicesProperty().set(choices);
        }
    }
}
