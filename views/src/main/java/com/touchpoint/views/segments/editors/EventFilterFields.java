package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;

import javafx.scene.control.TextField;

/**
 * Which events count: event types, channels, campaigns, item categories (each: any, or the ones picked) and item
 * codes (typed, separated by commas; a trailing * matches every code that starts so).
 */
public final class EventFilterFields {

    private final MultiChoice types;
    private final MultiChoice channels;
    private final MultiChoice campaigns;
    private final MultiChoice categories;
    private final TextField items = new TextField();
    private final Messages messages;

    public EventFilterFields(ConditionChoices choices, Messages messages, Runnable onChange) {
        this.messages = messages;
        String any = messages.get("editor.any");
        types = new MultiChoice(choices.eventTypes(), messages.get("editor.anyEvent"), onChange);
        channels = new MultiChoice(choices.channels(), any, onChange);
        campaigns = new MultiChoice(choices.campaigns(), any, onChange);
        categories = new MultiChoice(choices.categories(), any, onChange);
        items.setPromptText(messages.get("editor.itemsPrompt"));
        Commit.on(items, onChange);
    }

    /** Adds its rows to {@code form}. */
    public void addTo(Form form) {
        form.row(messages.get("editor.eventTypes"), types)
                .row(messages.get("editor.channels"), channels)
                .row(messages.get("editor.campaigns"), campaigns)
                .row(messages.get("editor.categories"), categories)
                .row(messages.get("editor.items"), items);
    }

    public EventFilter filter() {
        return new EventFilter(types.checked(), channels.checked(), campaigns.checked(),
                Values.split(items.getText()), categories.checked());
    }

    public void setFilter(EventFilter filter) {
        types.setChecked(filter.types());
        channels.setChecked(filter.channels());
        campaigns.setChecked(filter.campaigns());
        categories.setChecked(filter.categories());
        items.setText(Values.join(filter.items()));
    }
}
