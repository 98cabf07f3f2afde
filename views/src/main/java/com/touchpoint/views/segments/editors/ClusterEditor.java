package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.scene.control.ChoiceBox;

/** The customer is in one of the clusters picked of a saved clustering. */
final class ClusterEditor extends ConditionEditor {

    private final ChoiceBox<String> clustering = new ChoiceBox<>();
    private final MultiChoice clusters;

    ClusterEditor(ClusterCondition condition, ConditionChoices choices, Messages messages,
                  Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        clustering.getItems().setAll(choices.clusterings().keySet().stream().sorted().toList());
        if (condition.clustering() != null && !clustering.getItems().contains(condition.clustering())) {
            clustering.getItems().add(condition.clustering());
        }
        clustering.setMaxWidth(Double.MAX_VALUE);
        clusters = new MultiChoice(List.of(), messages.get("editor.none"),
                number -> messages.get("editor.clusterNumber", number), this::read);
        clustering.valueProperty().addListener((p, old, now) -> {
            clusters.getItems().setAll(numbers(now));
            read();
        });
        filling(() -> {
            clustering.setValue(condition.clustering());
            clusters.getItems().setAll(numbers(condition.clustering()));
            clusters.setChecked(condition.clusters().stream().map(String::valueOf).toList());
        });
        layout(messages.get(ConditionKind.CLUSTER.key()), new Form()
                .row(messages.get("editor.clustering"), clustering)
                .row(messages.get("editor.clusters"), clusters));
    }

    private List<String> numbers(String name) {
        int k = name == null ? 0 : choices.clusterings().getOrDefault(name, 0);
        return new ArrayList<>(IntStream.rangeClosed(1, k).mapToObj(String::valueOf).toList());
    }

    private void read() {
        changed(() -> new ClusterCondition(clustering.getValue(),
                clusters.checked().stream().map(Integer::valueOf).toList()));
    }
}
