package com.touchpoint.views.audience;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.AudienceLoader;
import com.touchpoint.analysis.audience.ReferenceTime;
import com.touchpoint.analysis.audience.ResultStore;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * What the segment and audience views of one project share: the audience (customers, events and computed results),
 * loaded once in the background with its progress in the status bar and again whenever the project's data changes;
 * the reference time; the segment library and result store; and a counter of changes to the saved segments, so
 * every list of segments refreshes. Use on the JavaFX thread; get one from {@link AudienceSessions}.
 */
public final class AudienceSession {

    private final StoreProject project;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<AudienceSession> onRelease;
    private final SegmentLibrary library;
    private final ResultStore results;
    private final ReadOnlyObjectWrapper<AudienceState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyLongWrapper segmentsVersion = new ReadOnlyLongWrapper(this, "segmentsVersion");
    private final ChangeListener<Number> reloadOnDataChange = (property, old, now) -> load();
    private Task<AudienceState> loadTask;
    private boolean closed;

    AudienceSession(StoreProject project, BackgroundTasks tasks, Messages messages, Consumer<AudienceSession> onRelease) {
        this.project = project;
        this.tasks = tasks;
        this.messages = messages;
        this.onRelease = onRelease;
        this.library = new SegmentLibrary(project.store());
        this.results = new ResultStore(project.store());
        project.dataVersion().addListener(reloadOnDataChange);
        load();
    }

    public StoreProject project() {
        return project;
    }

    public SegmentLibrary library() {
        return library;
    }

    public ResultStore results() {
        return results;
    }

    /** The loaded audience and reference time; null until the first load finishes. */
    public ReadOnlyObjectProperty<AudienceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while the audience loads. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Goes up whenever a segment was saved, renamed or deleted. */
    public ReadOnlyLongProperty segmentsVersionProperty() {
        return segmentsVersion.getReadOnlyProperty();
    }

    /** Loads the audience again from the project (after an import, or when a load was cancelled). */
    public void load() {
        if (closed) {
            return;
        }
        if (loadTask != null) {
            loadTask.cancel();
        }
        loading.set(true);
        Task<AudienceState> task = tasks.run(messages.get("audience.loading"), context -> {
            AudienceData data = AudienceLoader.load(project.store(),
                    events -> context.message(messages.get("audience.loading.events", events)));
            long reference = ReferenceTime.of(project.store(), data);
            return new AudienceState(data, reference, reference == data.latestEventMillis());
        }, loaded -> {
            loading.set(false);
            state.set(loaded);
        }, failure -> {
            loading.set(false);
            tasks.reportFailure(messages.get("audience.loadFailed"), failure);
        });
        task.stateProperty().addListener((property, old, now) -> {
            if (now == Worker.State.CANCELLED && loadTask == task) {
                loading.set(false);
            }
        });
        loadTask = task;
    }

    /**
     * Sets the reference time relative windows end at and saves it in the project; null goes back to the latest
     * event.
     */
    public void setReference(Instant chosen) {
        AudienceState current = state.get();
        if (current == null) {
            return;
        }
        tasks.run(messages.get("audience.savingReference"), context -> {
            ReferenceTime.save(project.store(), chosen);
            return chosen;
        }, saved -> {
            AudienceState now = state.get();
            long latest = now.data().latestEventMillis();
            long reference = chosen != null ? chosen.toEpochMilli()
                    : latest == Long.MIN_VALUE ? System.currentTimeMillis() : latest;
            state.set(new AudienceState(now.data(), reference, chosen == null));
        });
    }

    /** Replaces the audience with one derived from it, e.g. with new RFM scores, tags or a clustering. */
    public void update(UnaryOperator<AudienceData> change) {
        AudienceState current = state.get();
        if (current != null) {
            state.set(current.withData(change.apply(current.data())));
        }
    }

    /** Tells every list of segments that the saved segments changed. */
    public void segmentsChanged() {
        segmentsVersion.set(segmentsVersion.get() + 1);
    }

    /** Gives the session back; the last view to do so ends it and frees the audience. */
    public void release() {
        onRelease.accept(this);
    }

    void close() {
        closed = true;
        project.dataVersion().removeListener(reloadOnDataChange);
        if (loadTask != null) {
            loadTask.cancel();
        }
        state.set(null);
    }
}
