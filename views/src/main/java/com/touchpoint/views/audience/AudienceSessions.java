package com.touchpoint.views.audience;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;

/**
 * Hands the views of the open project one shared {@link AudienceSession}, so the audience loads once however many
 * views use it; the session ends when the last view releases it, or when views of another project ask for theirs.
 * Use on the JavaFX thread.
 */
public final class AudienceSessions {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private AudienceSession current;
    private int users;

    public AudienceSessions(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The session of {@code project}, started when it has none; give it back with {@link AudienceSession#release}. */
    public AudienceSession acquire(StoreProject project) {
        if (current == null || current.project() != project) {
            if (current != null) {
                current.close();
            }
            current = new AudienceSession(project, tasks, messages, this::release);
            users = 0;
        }
        users++;
        return current;
    }

    private void release(AudienceSession session) {
        if (session == current && --users == 0) {
            current.close();
            current = null;
        }
    }
}
