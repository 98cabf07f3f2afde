package com.touchpoint.views.testing;

import com.touchpoint.views.errors.ErrorReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An error reporter that keeps what it was told, for assertions. */
public final class RecordingErrors implements ErrorReporter {

    /** One report. */
    public record Report(String whatHappened, String whatToDo, Throwable cause) {
    }

    public final List<Report> reports = new CopyOnWriteArrayList<>();

    @Override
    public void report(String whatHappened, String whatToDo, Throwable cause) {
        reports.add(new Report(whatHappened, whatToDo, cause));
    }
}
