package com.touchpoint.views.audience;

import com.touchpoint.views.audience.clusters.ClustersModel;
import com.touchpoint.views.audience.clusters.ClustersView;
import com.touchpoint.views.audience.rfm.RfmModel;
import com.touchpoint.views.audience.rfm.RfmView;
import com.touchpoint.views.audience.tags.TagsModel;
import com.touchpoint.views.audience.tags.TagsView;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The Audience feature: RFM, tags and clusters over the project's shared audience, in tabs, under the reference
 * time that relative windows end at. What they compute is saved in the project, where segments use it.
 */
public final class AudienceView extends BorderPane implements AutoCloseable {

    private final AudienceSession session;
    private final List<Runnable> closers;

    public AudienceView(StoreProject project, AudienceSessions sessions, Messages messages, BackgroundTasks tasks) {
        this.session = sessions.acquire(project);
        getStyleClass().add("audience-view");
        getStylesheets().add(Objects.requireNonNull(AudienceView.class.getResource("audience.css"),
                "audience.css is missing from the build").toExternalForm());
        RfmView rfm = new RfmView(new RfmModel(session, tasks, messages), tasks, messages);
        TagsView tags = new TagsView(new TagsModel(session, tasks, messages), session, tasks, messages);
        ClustersView clusters = new ClustersView(new ClustersModel(session, tasks, messages), tasks, messages);
        closers = List.of(rfm::close, tags::close, clusters::close);
        TabPane tabs = new TabPane(tab("audience.tab.rfm", rfm, messages), tab("audience.tab.tags", tags, messages),
                tab("audience.tab.clusters", clusters, messages));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ReferenceTimeBar reference = new ReferenceTimeBar(session, messages);
        reference.getStyleClass().add("audience-reference");
        setTop(reference);
        setCenter(tabs);
    }

    private static Tab tab(String key, Node content, Messages messages) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }

    @Override
    public void close() {
        closers.forEach(Runnable::run);
        session.release();
    }
}
