package com.touchpoint.views.browser;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;

/**
 * What the data browser shows: which table, and the analyst's filters, combined into the query for the table.
 * Filters that do not apply to a table are ignored by the store (channel and dates apply to events and spend).
 */
public final class DataBrowserModel {

    private final ObjectProperty<BrowseTable> table = new SimpleObjectProperty<>(this, "table", BrowseTable.EVENTS);
    private final StringProperty channel = new SimpleStringProperty(this, "channel");
    private final StringProperty eventType = new SimpleStringProperty(this, "eventType");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> eventTypes = FXCollections.observableArrayList();
    private final ObjectBinding<BrowseQuery> query;

    public DataBrowserModel() {
        query = Bindings.createObjectBinding(this::currentQuery, table, channel, eventType, from, to, text);
    }

    public ObjectProperty<BrowseTable> tableProperty() {
        return table;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty eventTypeProperty() {
        return eventType;
    }

    /** First day shown (inclusive), UTC. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown (inclusive), UTC. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Channels present in the project, for the channel filter. */
    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> eventTypes() {
        return eventTypes;
    }

    public void setChoices(List<String> channelValues, List<String> eventTypeValues) {
        channels.setAll(channelValues);
        eventTypes.setAll(eventTypeValues);
    }

    public void clearFilters() {
        channel.set(null);
        eventType.set(null);
        from.set(null);
        to.set(null);
        text.set("");
    }

    /** The query for the chosen table with the current filters. */
    public ObjectBinding<BrowseQuery> query() {
        return query;
    }

    private BrowseQuery currentQuery() {
        String search = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return BrowseQuery.all(table.get()).filtered(channel.get(), eventType.get(),
                from.get() == null ? null : from.get().atStartOfDay(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(), search);
    }
}
