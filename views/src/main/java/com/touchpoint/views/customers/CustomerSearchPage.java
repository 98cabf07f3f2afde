package com.touchpoint.views.customers;

import com.touchpoint.datasources.store.CustomerProfileRepository.Match;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.DataLabels;
import java.util.Objects;
import java.util.function.LongFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Customers page: a search box for a member id, phone number or e-mail address, the customers it matches when
 * there are several, and the chosen customer's view below. The shown customer view is closed when another is chosen
 * or the page closes.
 */
public final class CustomerSearchPage extends BorderPane implements AutoCloseable {

    private static final String STYLESHEET = Objects.requireNonNull(
            CustomerSearchPage.class.getResource("customers.css"), "customers.css is missing").toExternalForm();

    private final StackPane customerArea = new StackPane();
    private CustomerView shown;

    /** @param customerView builds the view of one customer by global id */
    public CustomerSearchPage(CustomerSearchModel model, LongFunction<CustomerView> customerView, Messages messages) {
        getStyleClass().add("customer-search-page");
        getStylesheets().add(STYLESHEET);
        Label title = new Label(messages.get("nav.customers"));
        title.getStyleClass().add("page-title");

        TextField query = new TextField();
        query.setId("customer-query");
        query.setPromptText(messages.get("customers.search.prompt"));
        query.setPrefColumnCount(28);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(event -> model.search());
        Button find = new Button(messages.get("customers.search.find"), new FontIcon(Feather.SEARCH));
        find.setId("customer-find");
        find.setOnAction(event -> model.search());
        Label status = new Label();
        status.setId("customer-search-status");
        status.getStyleClass().add("dim");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        ListView<Match> matches = new ListView<>(model.matches());
        matches.setId("customer-matches");
        matches.getStyleClass().add("customer-matches");
        matches.setPrefHeight(120);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : messages.get("customers.search.match",
                        DataLabels.idType(messages, match.type()), Long.toString(match.globalId())));
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (now != null) {
                model.choose(now);
            }
        });
        matches.visibleProperty().bind(Bindings.size(model.matches()).greaterThan(1));
        matches.managedProperty().bind(matches.visibleProperty());

        VBox top = new VBox(10, title, new HBox(8, query, find), status, matches);
        top.getStyleClass().add("customer-search-top");
        setTop(top);
        setCenter(customerArea);
        model.chosenProperty().addListener((property, old, now) -> show(now == null ? null
                : customerView.apply(now)));
    }

    @Override
    public void close() {
        show(null);
    }

    private void show(CustomerView view) {
        if (shown != null) {
            shown.close();
        }
        shown = view;
        if (view == null) {
            customerArea.getChildren().clear();
        } else {
            customerArea.getChildren().setAll(view);
        }
    }
}
