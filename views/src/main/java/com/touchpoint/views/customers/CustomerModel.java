package com.touchpoint.views.customers;

import com.touchpoint.datasources.store.CustomerProfileRepository.Attributes;
import com.touchpoint.datasources.store.CustomerProfileRepository.Identifier;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.table.ValueFormat;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state behind a {@link CustomerView}: one stitched customer's identifiers and attributes, loaded in the
 * background. Attributes are listed as label and text in a fixed order, "—" for a value the CRM did not give.
 * Use on the JavaFX thread.
 */
public final class CustomerModel {

    /** What is loaded for a customer. */
    public record Profile(List<Identifier> identifiers, Optional<Attributes> attributes) {
    }

    /** One line of the attributes list. */
    public record AttributeRow(String label, String value) {
    }

    private static final String NONE = "—";

    private final long globalId;
    private final Messages messages;
    private final ObservableList<Identifier> identifiers = FXCollections.observableArrayList();
    private final ObservableList<AttributeRow> attributes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper pseudonymised = new ReadOnlyBooleanWrapper(this, "pseudonymised");
    private final ReadOnlyBooleanWrapper hasAttributes = new ReadOnlyBooleanWrapper(this, "hasAttributes");

    /** @param load reads the customer's profile (on a worker thread) */
    public CustomerModel(long globalId, Job<Profile> load, BackgroundTasks tasks, Messages messages) {
        this.globalId = globalId;
        this.messages = messages;
        tasks.run(messages.get("customer.loading", globalId), load, this::show);
    }

    public long globalId() {
        return globalId;
    }

    /** Strongest type first. */
    public ObservableList<Identifier> identifiers() {
        return identifiers;
    }

    /** Name, gender, birth date, city, member level, signup and any other attributes, in that order. */
    public ObservableList<AttributeRow> attributes() {
        return attributes;
    }

    /** True when some identifier is stored as a hash (phone numbers, e-mail addresses). */
    public ReadOnlyBooleanProperty pseudonymisedProperty() {
        return pseudonymised.getReadOnlyProperty();
    }

    /** False for a customer no CRM file described (only events know them). */
    public ReadOnlyBooleanProperty hasAttributesProperty() {
        return hasAttributes.getReadOnlyProperty();
    }

    void show(Profile profile) {
        identifiers.setAll(profile.identifiers());
        pseudonymised.set(profile.identifiers().stream().anyMatch(Identifier::pseudonymised));
        hasAttributes.set(profile.attributes().isPresent());
        attributes.setAll(profile.attributes().map(this::rows).orElse(List.of()));
    }

    private List<AttributeRow> rows(Attributes customer) {
        List<AttributeRow> rows = new ArrayList<>();
        rows.add(row("customer.name", customer.name()));
        rows.add(row("customer.gender", customer.gender()));
        rows.add(row("customer.birthDate", customer.birthDate()));
        rows.add(row("customer.city", customer.city()));
        rows.add(row("customer.memberLevel", customer.memberLevel()));
        rows.add(row("customer.signup", customer.signupUtc()));
        if (customer.otherAttributesJson() != null && !customer.otherAttributesJson().isBlank()) {
            rows.add(row("customer.other", customer.otherAttributesJson()));
        }
        return rows;
    }

    private AttributeRow row(String labelKey, Object value) {
        String text = ValueFormat.format(value);
        return new AttributeRow(messages.get(labelKey), text.isEmpty() ? NONE : text);
    }
}
