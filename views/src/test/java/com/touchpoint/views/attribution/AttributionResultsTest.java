package com.touchpoint.views.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.views.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class AttributionResultsTest {

    private final AttributionRun run = TestRuns.run(AttributionSettings.defaults()
            .withModels(List.of(ModelKind.FIRST, ModelKind.LINEAR, ModelKind.MARKOV)));
    private final AttributionResults results = new AttributionResults();

    @Test
    void aPathPassesThroughAChannelOnlyWhenOneOfItsStepsIsThatChannel() {
        assertTrue(AttributionResults.passesThrough("search > email > search", "email"));
        assertTrue(AttributionResults.passesThrough("email", "email"));
        assertFalse(AttributionResults.passesThrough("search > emails", "email"));
        assertFalse(AttributionResults.passesThrough("sms", "email"));
    }

    @Test
    void choosingAChannelNarrowsThePathsToThoseThroughIt() {
        results.runProperty().set(run);
        assertEquals(List.of("search > email", "email", "sms"), paths());

        results.pathChannelProperty().set("email");
        assertEquals(List.of("search > email", "email"), paths());

        results.pathChannelProperty().set("sms");
        assertEquals(List.of("sms"), paths());

        results.pathChannelProperty().set(null);
        assertEquals(3, results.paths().get().rowCount());
    }

    @Test
    void aNewRunShowsItsFirstModelAndEveryPath() {
        results.runProperty().set(run);
        results.selectedModelProperty().set(results.outcomes().get(2));
        results.pathChannelProperty().set("sms");

        results.runProperty().set(TestRuns.run(AttributionSettings.defaults()));

        assertEquals(ModelKind.FIRST, results.selectedModelProperty().get().kind());
        assertNull(results.pathChannelProperty().get());
        assertEquals(ModelKind.values().length, results.outcomes().size());
    }

    @Test
    void theChosenModelsTableAndDetailsFollowTheChoice() {
        results.runProperty().set(run);

        // First touch, a row per channel of the journeys in the order they first appear; sms credited nothing.
        assertEquals(List.of("search", "email", "sms"),
                results.modelTable().get().stringColumn("channel").asList());
        assertEquals(List.of(3.0, 1.0, 0.0), results.modelTable().get().doubleColumn("conversions").asList());
        assertEquals(0, results.modelDetails().get().size());

        results.selectedModelProperty().set(results.outcomes().get(2));
        assertEquals(2, results.modelDetails().get().size(), "Markov: removal effects and transitions");
    }

    @Test
    void theChartHasASeriesPerModelAndAGroupPerChannel() {
        ModelNames names = new ModelNames(Messages.forLocale(Locale.ENGLISH));
        DefaultCategoryDataset dataset = CreditChart.dataset(run, names);

        assertEquals(List.of("First touch", "Linear", "Markov chain (order 1)"), dataset.getRowKeys());
        assertEquals(List.of("email", "search", "sms"), dataset.getColumnKeys());
        assertEquals(0.0, dataset.getValue("Linear", "sms").doubleValue(), 1e-9);
        assertEquals(3.0, dataset.getValue("First touch", "search").doubleValue(), 1e-9);
        assertEquals(1.0, dataset.getValue("First touch", "email").doubleValue(), 1e-9);
        assertEquals(1.5, dataset.getValue("Linear", "search").doubleValue(), 1e-9);
        assertEquals(2.5, dataset.getValue("Linear", "email").doubleValue(), 1e-9);
    }

    @Test
    void comparisonColumnsReadAsModelNamesInTheInterfaceLanguage() {
        ModelNames names = new ModelNames(Messages.forLocale(Locale.CHINESE));

        List<String> titles = run.comparison().columnNames().stream().map(names.comparisonTitles(run)).toList();

        assertEquals(List.of("渠道", "首次触点", "线性", "马尔可夫链（1 阶）", "首次触点 占比", "线性 占比",
                "马尔可夫链（1 阶） 占比"), titles);
    }

    @Test
    void theTablesBehindAModelReadInTheInterfaceLanguage() {
        ModelNames names = new ModelNames(Messages.forLocale(Locale.CHINESE));
        List<String> markovDetails = run.outcome(ModelKind.MARKOV).orElseThrow().details().stream()
                .map(table -> names.detail(table.name())).toList();

        assertEquals(List.of("移除效应", "状态转移"), markovDetails);
        assertEquals("Something else", names.detail("Something else"));
    }

    private List<String> paths() {
        return results.paths().get().stringColumn("path").asList();
    }
}
