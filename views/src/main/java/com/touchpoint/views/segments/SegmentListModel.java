package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.segment.SegmentEvaluator;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved segments with their current sizes. A refresh lists the segments at once (sizes still unknown) and then
 * counts them all over the loaded audience on a worker thread; a newer refresh cancels an older one. Use on the
 * JavaFX thread.
 */
public final class SegmentListModel {

    private final SegmentLibrary library;
    private final Executor worker;
    private final Executor fxThread;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<SegmentLibrary.Summary> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private CancellationToken current;

    public SegmentListModel(SegmentLibrary library, Executor worker, Executor fxThread, ErrorReporter errors,
                            Messages messages) {
        this.library = library;
        this.worker = worker;
        this.fxThread = fxThread;
        this.errors = errors;
        this.messages = messages;
    }

    /** One row per saved segment, by name; a size is null until counted, and with a problem instead. */
    public ObservableList<SegmentLibrary.Summary> rows() {
        return rows;
    }

    /** True while sizes are being counted. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** The names of the saved segments, as listed. */
    public List<String> names() {
        return rows.stream().map(SegmentLibrary.Summary::name).toList();
    }

    /** Lists the saved segments again and counts them over {@code state} (null: list only, the audience loads). */
    public void refresh(AudienceState state) {
        cancel();
        CancellationToken token = new CancellationToken();
        current = token;
        counting.set(state != null);
        worker.execute(() -> {
            try {
                List<SegmentLibrary.Summary> listed = library.all().stream()
                        .map(s -> new SegmentLibrary.Summary(s.name(), s.description(), null, null)).toList();
                deliver(token, listed, state == null);
                if (state != null) {
                    SegmentEvaluator evaluator = new SegmentEvaluator(state.data(), library.lookup());
                    deliver(token, library.summaries(evaluator, state.referenceMillis(), token), true);
                }
            } catch (CancellationException e) {
                // A newer refresh took over; it delivers the rows.
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    if (token == current) {
                        counting.set(false);
                        errors.report(messages.get("segments.listFailed"), messages.get("table.failed.todo"), e);
                    }
                });
            }
        });
    }

    /** Stops a refresh under way; its rows are not delivered. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        counting.set(false);
    }

    private void deliver(CancellationToken token, List<SegmentLibrary.Summary> listed, boolean done) {
        fxThread.execute(() -> {
            if (token == current) {
                rows.setAll(listed);
                if (done) {
                    counting.set(false);
                }
            }
        });
    }
}
