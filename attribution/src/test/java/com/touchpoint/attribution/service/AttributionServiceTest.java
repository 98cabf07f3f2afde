package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.Conversion;
import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.Touch;
import com.touchpoint.attribution.markov.MarkovChainModel;
import com.touchpoint.attribution.model.AttributionResult;
import com.touchpoint.attribution.model.ChannelCredit;
import com.touchpoint.attribution.model.FirstTouchModel;
import com.touchpoint.attribution.model.LastNonDirectModel;
import com.touchpoint.attribution.model.LastTouchModel;
import com.touchpoint.attribution.model.LinearModel;
import com.touchpoint.attribution.model.PositionBasedModel;
import com.touchpoint.attribution.model.TimeDecayModel;
import com.touchpoint.attribution.shapley.OrderedShapleyModel;
import com.touchpoint.attribution.shapley.ShapleyModel;
import com.touchpoint.datasources.paths.PathReportFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution over {@link TinyProject}, whose journeys are worked out by hand in its comment. */
class AttributionServiceTest {

    private static final double EXACT = 1e-12;
    private static final Instant RAN_AT = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;
    private ProjectStore store;
    private final AttributionService service = new AttributionService(Clock.fixed(RAN_AT, ZoneOffset.UTC));

    @BeforeEach
    void createProject() throws Exception {
        store = TinyProject.create(dir);
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    private AttributionRun runFromEvents(AttributionSettings settings) {
        return new ProjectAttribution(store, service).fromEvents(settings, RunMonitor.NONE);
    }

    @Test
    void firstLastAndLinearCreditsAreTheHandWorkedOnes() {
        AttributionRun run = runFromEvents(AttributionSettings.defaults()
                .withModels(List.of(ModelKind.FIRST, ModelKind.LAST, ModelKind.LINEAR)));

        // Journeys: search > email (100), social > push > search (60), (direct) (40); email > feed did not convert.
        assertEquals(3, run.totalConversions(), EXACT);
        assertEquals(200, run.totalValue(), EXACT);
        assertEquals(1, run.journeys().totalNonConversions(), EXACT);
        assertEquals(1, run.directConversions().count(), EXACT);
        assertEquals(40, run.directConversions().value(), EXACT);

        AttributionResult first = run.outcome(ModelKind.FIRST).orElseThrow().result();
        assertCredit(first, "search", 1, 100);
        assertCredit(first, "social", 1, 60);
        assertCredit(first, "(direct)", 1, 40);
        assertCredit(first, "email", 0, 0);

        AttributionResult last = run.outcome(ModelKind.LAST).orElseThrow().result();
        assertCredit(last, "email", 1, 100);
        assertCredit(last, "search", 1, 60);
        assertCredit(last, "(direct)", 1, 40);
        assertCredit(last, "social", 0, 0);

        // Linear: u1 gives search and email 1/2 each (value 50); u2 gives social, push, search 1/3 each (value 20).
        AttributionResult linear = run.outcome(ModelKind.LINEAR).orElseThrow().result();
        assertCredit(linear, "search", 0.5 + 1.0 / 3, 70);
        assertCredit(linear, "email", 0.5, 50);
        assertCredit(linear, "social", 1.0 / 3, 20);
        assertCredit(linear, "push", 1.0 / 3, 20);
        assertCredit(linear, "(direct)", 1, 40);
        assertEquals((0.5 + 1.0 / 3) / 3, linear.credit("search").share(), EXACT);
        assertEquals(0, linear.credit("feed").conversions(), EXACT);
    }

    @Test
    void spendInTheDataPeriodGivesCostCpaAndRoas() {
        AttributionRun run = runFromEvents(AttributionSettings.defaults().withModels(List.of(ModelKind.LINEAR)));

        // Data from Jun 20 to Aug 5: search 30 + 20 and social 10; feed's 99 on Sep 1 is outside.
        assertEquals(Map.of("search", 50.0, "social", 10.0), run.spend().costPerChannel());
        assertEquals("2026-06-20 to 2026-08-05", run.spend().period());
        Table linear = run.outcome(ModelKind.LINEAR).orElseThrow().table();
        assertEquals(List.of("channel", "conversions", "value", "share", "cost", "CPA", "ROAS"), linear.columnNames());
        int search = linear.stringColumn("channel").indexOf("search");
        // CPA = 50 / (5/6) = 60; ROAS = 70 / 50 = 1.4.
        assertEquals(60, linear.doubleColumn("CPA").get(search), 1e-9);
        assertEquals(1.4, linear.doubleColumn("ROAS").get(search), 1e-9);
        int social = linear.stringColumn("channel").indexOf("social");
        assertEquals(30, linear.doubleColumn("CPA").get(social), 1e-9);
        assertEquals(2, linear.doubleColumn("ROAS").get(social), 1e-9);
        assertTrue(linear.doubleColumn("cost").isMissing(linear.stringColumn("channel").indexOf("email")));
    }

    @Test
    void touchTypesAndLookbackChangeTheJourneys() {
        AttributionSettings clicksOnly = AttributionSettings.defaults()
                .withTouches(new TouchDefinition(Set.of(), Set.of("direct"), Set.of("ad_click")))
                .withModels(List.of(ModelKind.LAST));
        // Ad clicks only: u1 search, u2 social > search, u3 (direct).
        AttributionResult last = runFromEvents(clicksOnly).outcome(ModelKind.LAST).orElseThrow().result();
        assertCredit(last, "search", 2, 160);
        assertCredit(last, "(direct)", 1, 40);

        // A one-day window: u1 keeps email (exactly 1 day before: the window start is included), u2 push > search.
        AttributionSettings oneDay = AttributionSettings.defaults().withLookback(Duration.ofDays(1))
                .withModels(List.of(ModelKind.FIRST));
        AttributionResult first = runFromEvents(oneDay).outcome(ModelKind.FIRST).orElseThrow().result();
        assertCredit(first, "email", 1, 100);
        assertCredit(first, "push", 1, 60);
        assertCredit(first, "search", 0, 0);

        // Direct visits as touches: u3 has direct, u2 social > direct > push > search.
        AttributionSettings withDirect = AttributionSettings.defaults()
                .withTouches(new TouchDefinition(Set.of(), Set.of(), Set.of()))
                .withModels(List.of(ModelKind.FIRST, ModelKind.LAST_NON_DIRECT));
        AttributionRun run = runFromEvents(withDirect);
        assertCredit(run.outcome(ModelKind.FIRST).orElseThrow().result(), "direct", 1, 40);
        assertEquals(0, run.directConversions().count(), EXACT);
        // Last non-direct passes over "direct" only when something else precedes it; u3's journey is direct alone.
        assertCredit(run.outcome(ModelKind.LAST_NON_DIRECT).orElseThrow().result(), "direct", 1, 40);
    }

    @Test
    void theServiceGivesTheEnginesNumbersOnTheSameJourneys() {
        ModelSettings models = ModelSettings.defaults().withHalfLife(Duration.ofDays(2))
                .withPosition(new PositionShares(0.3, 0.4, 0.3)).withMarkovOrder(2);
        AttributionRun run = runFromEvents(AttributionSettings.defaults().withModelSettings(models));

        // The same events written as the engine's touches and conversions (customers numbered by hand).
        List<Touch> touches = List.of(
                touch(1, "feed", "2026-06-20T10:00:00Z"), touch(1, "search", "2026-08-01T10:00:00Z"),
                touch(1, "email", "2026-08-02T10:00:00Z"), touch(2, "social", "2026-08-01T12:00:00Z"),
                touch(2, "push", "2026-08-04T12:00:00Z"), touch(2, "search", "2026-08-04T13:00:00Z"),
                touch(4, "email", "2026-08-03T09:00:00Z"), touch(4, "feed", "2026-08-05T09:00:00Z"));
        List<Conversion> conversions = List.of(
                conversion(1, "2026-08-03T10:00:00Z", 100), conversion(2, "2026-08-05T12:00:00Z", 60),
                conversion(3, "2026-08-02T10:00:00Z", 40));
        JourneySet journeys = new JourneyBuilder()
                .dataEnd(Instant.parse("2026-08-05T12:00:00.001Z").toEpochMilli()).build(touches, conversions);
        Map<ModelKind, AttributionResult> engine = new EnumMap<>(ModelKind.class);
        engine.put(ModelKind.FIRST, new FirstTouchModel().attribute(journeys));
        engine.put(ModelKind.LAST, new LastTouchModel().attribute(journeys));
        engine.put(ModelKind.LAST_NON_DIRECT, new LastNonDirectModel("direct").attribute(journeys));
        engine.put(ModelKind.LINEAR, new LinearModel().attribute(journeys));
        engine.put(ModelKind.TIME_DECAY, new TimeDecayModel(Duration.ofDays(2)).attribute(journeys));
        engine.put(ModelKind.POSITION, new PositionBasedModel(0.3, 0.4, 0.3).attribute(journeys));
        engine.put(ModelKind.MARKOV, new MarkovChainModel(2).attribute(journeys));
        engine.put(ModelKind.SHAPLEY, ShapleyModel.defaults().attribute(journeys));
        engine.put(ModelKind.SHAPLEY_ORDERED, new OrderedShapleyModel().attribute(journeys));

        assertEquals(List.of(ModelKind.values()), run.models().stream().map(ModelOutcome::kind).toList());
        for (ModelOutcome outcome : run.models()) {
            AttributionResult expected = engine.get(outcome.kind());
            assertEquals(expected.model(), outcome.name());
            assertEquals(expected.credits().size(), outcome.result().credits().size(), outcome.name());
            for (ChannelCredit credit : expected.credits()) {
                ChannelCredit actual = outcome.result().credit(credit.channel());
                assertEquals(credit.conversions(), actual.conversions(), 1e-9, outcome.name() + " " + credit.channel());
                assertEquals(credit.value(), actual.value(), 1e-9, outcome.name() + " " + credit.channel());
            }
        }
    }

    @Test
    void theComparisonHasAColumnPerModelThenTheirShares() {
        AttributionRun run = runFromEvents(AttributionSettings.defaults()
                .withModels(List.of(ModelKind.FIRST, ModelKind.LINEAR)));
        Table comparison = run.comparison();

        assertEquals(List.of("channel", "First touch", "Linear", "First touch share", "Linear share"),
                comparison.columnNames());
        assertEquals(List.of("(direct)", "email", "feed", "push", "search", "social"),
                comparison.stringColumn("channel").asList());
        int search = comparison.stringColumn("channel").indexOf("search");
        assertEquals(1, comparison.doubleColumn("First touch").get(search), EXACT);
        assertEquals(5.0 / 6, comparison.doubleColumn("Linear").get(search), EXACT);
        assertEquals(5.0 / 18, comparison.doubleColumn("Linear share").get(search), EXACT);
    }

    @Test
    void theParametersSayWhatTheRunDependedOn() {
        AttributionRun run = runFromEvents(AttributionSettings.defaults()
                .withModels(List.of(ModelKind.TIME_DECAY, ModelKind.MARKOV)));
        Map<String, String> parameters = new LinkedHashMap<>();
        Table table = run.parameters();
        for (int row = 0; row < table.rowCount(); row++) {
            parameters.put(table.stringColumn("parameter").get(row), table.stringColumn("value").get(row));
        }

        assertEquals("2026-11-01T08:00:00Z", parameters.get("run at (UTC)"));
        assertEquals("events", parameters.get("journeys from"));
        assertEquals("2026-06-20T10:00:00Z", parameters.get("data from (UTC)"));
        assertEquals("2026-08-05T12:00:00.001Z", parameters.get("data end (UTC, exclusive)"));
        assertEquals("13", parameters.get("events"));
        assertEquals("3", parameters.get("conversion events"));
        // 13 events - 3 purchases - 2 direct visits.
        assertEquals("8", parameters.get("touch events"));
        assertEquals("every channel except direct", parameters.get("touch channels"));
        assertEquals("every type except purchase", parameters.get("touch event types"));
        assertEquals("30 days", parameters.get("lookback window"));
        assertEquals("7 days", parameters.get("time-decay: half-life"));
        assertEquals("1", parameters.get("markov: order"));
        assertEquals("time-decay, markov", parameters.get("models"));
        assertEquals("3", parameters.get("conversions"));
        assertEquals("200", parameters.get("conversion value"));
        assertFalse(parameters.containsKey("position: first / middle / last"), "only the models run are described");
    }

    @Test
    void markovAndShapleyBringTheTablesBehindTheirCredits() {
        AttributionRun run = runFromEvents(AttributionSettings.defaults()
                .withModels(List.of(ModelKind.MARKOV, ModelKind.SHAPLEY, ModelKind.SHAPLEY_ORDERED)));

        assertEquals(List.of("Removal effects, Markov order 1", "Transitions, Markov order 1"),
                run.outcome(ModelKind.MARKOV).orElseThrow().details().stream().map(Table::name).toList());
        assertEquals(List.of("Shapley values"),
                run.outcome(ModelKind.SHAPLEY).orElseThrow().details().stream().map(Table::name).toList());
        assertEquals(List.of("Ordered Shapley positions"),
                run.outcome(ModelKind.SHAPLEY_ORDERED).orElseThrow().details().stream().map(Table::name).toList());
    }

    @Test
    void unknownConversionsAndTouchesAreRefusedWithTheValuesThatExist() {
        IllegalArgumentException conversion = assertThrows(IllegalArgumentException.class,
                () -> runFromEvents(AttributionSettings.defaults().withConversionType("order")));
        assertTrue(conversion.getMessage().contains("[ad_click, click, open, page_view, purchase]"),
                conversion.getMessage());

        IllegalArgumentException channel = assertThrows(IllegalArgumentException.class,
                () -> runFromEvents(AttributionSettings.defaults()
                        .withTouches(new TouchDefinition(Set.of("tv"), Set.of(), Set.of()))));
        assertTrue(channel.getMessage().contains("'tv'") && channel.getMessage().contains("search"),
                channel.getMessage());

        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> AttributionSettings.defaults()
                        .withTouches(new TouchDefinition(Set.of(), Set.of(), Set.of("purchase"))));
        assertTrue(both.getMessage().contains("cannot also be a touch"), both.getMessage());
    }

    @Test
    void progressRisesToTheEndAndACancelStopsTheRun() {
        List<Double> fractions = new ArrayList<>();
        new ProjectAttribution(store, service).fromEvents(AttributionSettings.defaults(),
                RunMonitor.of((fraction, step) -> fractions.add(fraction), () -> false));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back at " + i + ": " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));

        // Cancelled once the events are loaded: no model runs.
        List<String> steps = new ArrayList<>();
        boolean[] cancelled = {false};
        RunMonitor cancelWhenBuilding = RunMonitor.of((fraction, step) -> {
            steps.add(step);
            cancelled[0] |= step.equals("Building journeys");
        }, () -> cancelled[0]);
        assertThrows(CancellationException.class,
                () -> new ProjectAttribution(store, service).fromEvents(AttributionSettings.defaults(),
                        cancelWhenBuilding));
        assertTrue(steps.stream().noneMatch(step -> step.equals("first")), steps.toString());
    }

    @Test
    void aPathReportIsTakenAsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("paths.csv"), """
                path;total_conversions;total_conversion_value;total_null
                search > email;3;300;7
                email;1;50;4
                sms > direct;2;N/A;1
                """);
        JourneyInput input = service.journeys(PathReportFile.read(file));
        AttributionRun run = service.run(input, AttributionSettings.defaults()
                .withModels(List.of(ModelKind.FIRST, ModelKind.LINEAR)), Spend.NONE, RunMonitor.NONE);

        assertEquals("path report paths.csv", input.source().describe());
        assertEquals(List.of("line 4: "), ((JourneySource.PathReport) input.source()).skipped().stream()
                .map(problem -> problem.substring(0, 8)).toList());
        // 3 conversions on search > email and 1 on email: first touch gives search 3 (300), email 1 (50);
        // linear gives search 1.5 (150), email 1.5 + 1 = 2.5 (150 + 50).
        assertCredit(run.outcome(ModelKind.FIRST).orElseThrow().result(), "search", 3, 300);
        assertCredit(run.outcome(ModelKind.LINEAR).orElseThrow().result(), "email", 2.5, 200);
        assertEquals(11, run.journeys().totalNonConversions(), EXACT);
        assertTrue(run.dataRange().isEmpty());
    }

    private static void assertCredit(AttributionResult result, String channel, double conversions, double value) {
        assertEquals(conversions, result.credit(channel).conversions(), EXACT, result.model() + " " + channel);
        assertEquals(value, result.credit(channel).value(), 1e-9, result.model() + " " + channel + " value");
    }

    private static Touch touch(long customer, String channel, String time) {
        return new Touch(customer, channel, Instant.parse(time).toEpochMilli());
    }

    private static Conversion conversion(long customer, String time, double value) {
        return new Conversion(customer, Instant.parse(time).toEpochMilli(), value);
    }
}
