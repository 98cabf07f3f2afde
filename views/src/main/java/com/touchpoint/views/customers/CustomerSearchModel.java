package com.touchpoint.views.customers;

import com.touchpoint.datasources.store.CustomerProfileRepository.Match;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding a customer by what the analyst types: a member id, phone number or e-mail address (or any other
 * identifier). The lookup runs in the background; one customer found is chosen at once, several are listed to choose
 * from. Use on the JavaFX thread.
 */
public final class CustomerSearchModel {

    /** Looks up typed text the way the project stores identifiers; runs on a worker thread. */
    @FunctionalInterface
    public interface Finder {
        List<Match> find(String typed);
    }

    private final Finder finder;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyObjectWrapper<Long> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    public CustomerSearchModel(Finder finder, BackgroundTasks tasks, Messages messages) {
        this.finder = finder;
        this.tasks = tasks;
        this.messages = messages;
        status.set(messages.get("customers.search.hint"));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** What the last search found, strongest identifier type first. */
    public ObservableList<Match> matches() {
        return matches;
    }

    /** What the search found, or what to type, in the analyst's words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The global id of the customer to show; null for none. */
    public ReadOnlyObjectProperty<Long> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public void search() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            status.set(messages.get("customers.search.hint"));
            return;
        }
        status.set(messages.get("customers.search.running", typed));
        tasks.run(messages.get("customers.search.running", typed), context -> finder.find(typed),
                found -> found(typed, found));
    }

    public void choose(Match match) {
        chosen.set(match == null ? null : match.globalId());
    }

    private void found(String typed, List<Match> found) {
        matches.setAll(found);
        long customers = found.stream().mapToLong(Match::globalId).distinct().count();
        if (customers == 0) {
            status.set(messages.get("customers.search.none", typed));
        } else if (customers == 1) {
            status.set(messages.get("customers.search.one", typed));
            choose(found.get(0));
        } else {
            status.set(messages.get("customers.search.many", customers, typed));
        }
    }
}
