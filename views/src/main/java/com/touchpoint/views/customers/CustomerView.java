package com.touchpoint.views.customers;

import com.touchpoint.datasources.store.CustomerProfileRepository.Identifier;
import com.touchpoint.views.customers.CustomerModel.AttributeRow;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.DataLabels;
import com.touchpoint.views.quality.ListTable;
import com.touchpoint.views.table.PagedTableModel;
import com.touchpoint.views.table.PagedTableView;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One stitched customer: its identifiers (phone numbers and e-mail addresses are pseudonymised hashes, and the view
 * says so), its CRM attributes, and its timeline across channels as a paged table. Closing it stops the timeline's
 * loading.
 */
public final class CustomerView extends BorderPane implements AutoCloseable {

    private static final String STYLESHEET = Objects.requireNonNull(
            CustomerView.class.getResource("customers.css"), "customers.css is missing").toExternalForm();

    private final PagedTableView<Long> timeline;

    private final AudienceFacts audience;

    CustomerView(CustomerModel model, PagedTableModel<Long> timelineModel, AudienceFacts audience,
                 Messages messages) {
        this.audience = audience;
        getStyleClass().add("customer-view");
        getStylesheets().add(STYLESHEET);
        Label title = new Label(messages.get("customer.title", Long.toString(model.globalId())));
        title.getStyleClass().add("customer-title");
        title.setId("customer-title");

        HBox facts = new HBox(24, identifiers(model, messages), attributes(model, messages), audience);
        facts.getStyleClass().add("customer-facts");

        timeline = new PagedTableView<>(timelineModel, messages);
        timeline.setId("customer-timeline");
        Label timelineTitle = new Label(messages.get("customer.timeline"));
        timelineTitle.getStyleClass().add("customer-heading");
        VBox timelineBox = new VBox(6, timelineTitle, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        // The analyst can give the timeline more room by dragging the divider up.
        SplitPane split = new SplitPane(facts, timelineBox);
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("customer-split");
        SplitPane.setResizableWithParent(facts, false);
        setTop(title);
        setCenter(split);
    }

    @Override
    public void close() {
        timeline.close();
        audience.close();
    }

    private static Node identifiers(CustomerModel model, Messages messages) {
        ListTable<Identifier> table = new ListTable<>(model.identifiers(), messages.get("customer.loadingShort"))
                .column(messages.get("customer.idType"), identifier -> DataLabels.idType(messages, identifier.type()))
                .column(messages.get("customer.idValue"), Identifier::value)
                .column(messages.get("customer.idNote"), identifier -> note(identifier, messages))
                .fitRows(2, 6);
        table.setId("customer-identifiers");
        Label hashes = new Label(messages.get("customer.pseudonymised"));
        hashes.setWrapText(true);
        hashes.getStyleClass().addAll("dim", "customer-hint");
        hashes.visibleProperty().bind(model.pseudonymisedProperty());
        hashes.managedProperty().bind(hashes.visibleProperty());
        VBox box = new VBox(6, heading(messages.get("customer.identifiers")), table, hashes);
        box.setPrefWidth(560);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static String note(Identifier identifier, Messages messages) {
        if (identifier.shared()) {
            return messages.get("customer.idShared");
        }
        return identifier.pseudonymised() ? messages.get("customer.idHashed") : "";
    }

    private static Node attributes(CustomerModel model, Messages messages) {
        ListTable<AttributeRow> table = new ListTable<>(model.attributes(), messages.get("customer.noAttributes"))
                .column(messages.get("customer.attribute"), AttributeRow::label)
                .column(messages.get("customer.value"), AttributeRow::value)
                .fitRows(2, 7);
        table.setId("customer-attributes");
        VBox box = new VBox(6, heading(messages.get("customer.attributes")), table);
        box.setPrefWidth(420);
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("customer-heading");
        return label;
    }
}
