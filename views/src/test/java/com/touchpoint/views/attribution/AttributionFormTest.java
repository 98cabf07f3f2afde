package com.touchpoint.views.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.PositionShares;
import com.touchpoint.attribution.service.TouchDefinition;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import com.touchpoint.views.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionFormTest {

    private static final List<String> EVENT_TYPES = List.of("ad_click", "email_open", "page_view", "purchase");
    private static final List<String> CHANNELS = List.of("direct", "email", "search", "sms");

    private final AttributionForm form = new AttributionForm(Messages.forLocale(Locale.ENGLISH));

    @Test
    void anUntouchedFormGivesTheServicesDefaultSettings() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of());

        assertEquals(AttributionSettings.defaults(), form.settings());
        assertEquals(List.of("email", "search", "sms"), form.touchChannels(), "direct is left out by default");
        assertEquals(List.of("ad_click", "email_open", "page_view"), form.touchTypeChoices());
        assertEquals(List.of(ModelKind.values()), form.chosenModels());
        assertNull(form.problemProperty().get());
    }

    @Test
    void uncheckedChannelsAreLeftOutAndCheckedTypesAreTheTouchTypes() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of());

        form.touchChannels().setAll("email", "search");
        form.touchTypes().setAll("ad_click", "email_open");
        form.lookbackDaysProperty().set(14);

        AttributionSettings settings = form.settings();
        assertEquals(new TouchDefinition(Set.of(), Set.of("direct", "sms"), Set.of("ad_click", "email_open")),
                settings.touches());
        assertEquals(Duration.ofDays(14), settings.lookback());
    }

    @Test
    void aNewConversionTypeLeavesTheTouchTypesLeftOutBeforeLeftOut() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of());
        form.touchTypes().setAll("ad_click", "email_open");

        form.conversionTypeProperty().set("email_open");

        // purchase is no longer the conversion and becomes a touch type again; page_view stays left out.
        assertEquals(List.of("ad_click", "page_view", "purchase"), form.touchTypeChoices());
        assertEquals(List.of("ad_click", "purchase"), form.touchTypes());
        assertEquals(Set.of("ad_click", "purchase"), form.settings().touches().eventTypes());
        assertEquals("email_open", form.settings().conversionType());
    }

    @Test
    void channelsImportedLaterCountAsTouchesUnlessLeftOut() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of());
        form.touchChannels().setAll("email", "search");

        form.setChoices(EVENT_TYPES, List.of("app", "direct", "email", "search", "sms"), List.of());

        assertEquals(List.of("app", "email", "search"), form.touchChannels());
    }

    @Test
    void theModelsAndTheirParametersComeFromTheControls() {
        form.modelProperty(ModelKind.FIRST).set(false);
        form.modelProperty(ModelKind.SHAPLEY_ORDERED).set(false);
        form.halfLifeDaysProperty().set(3.5);
        form.positionFirstProperty().set(30);
        form.positionMiddleProperty().set(30);
        form.positionLastProperty().set(40);
        form.markovOrderProperty().set(3);
        form.shapleyWorthProperty().set(CoalitionWorth.CONVERSIONS);
        form.shapleyUnseenProperty().set(UnseenCoalition.ZERO);
        form.seedProperty().set(7L);

        AttributionSettings settings = form.settings();
        assertEquals(List.of(ModelKind.LAST, ModelKind.LAST_NON_DIRECT, ModelKind.LINEAR, ModelKind.TIME_DECAY,
                ModelKind.POSITION, ModelKind.MARKOV, ModelKind.SHAPLEY), settings.models());
        assertEquals(Duration.ofHours(84), settings.modelSettings().halfLife());
        assertEquals(new PositionShares(0.3, 0.3, 0.4), settings.modelSettings().position());
        assertEquals(3, settings.modelSettings().markovOrder());
        assertEquals(CoalitionWorth.CONVERSIONS, settings.modelSettings().shapleyWorth());
        assertEquals(UnseenCoalition.ZERO, settings.modelSettings().shapleyUnseen());
        assertEquals(7L, settings.modelSettings().sampling().seed());
    }

    @Test
    void withoutAModelTheProblemSaysToChooseOne() {
        for (ModelKind kind : ModelKind.values()) {
            form.modelProperty(kind).set(false);
        }

        assertEquals("Choose at least one model.", form.problemProperty().get());
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, form::settings);
        assertEquals("Choose at least one model.", thrown.getMessage());

        form.modelProperty(ModelKind.LINEAR).set(true);
        assertNull(form.problemProperty().get());
    }

    @Test
    void otherProblemsAreNamedToo() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of());

        form.positionMiddleProperty().set(30);
        assertEquals("The position-based shares must add up to 100%; now they add up to 110%.",
                form.problemProperty().get());
        form.positionMiddleProperty().set(20);

        form.touchChannels().clear();
        assertEquals("Choose at least one touch channel.", form.problemProperty().get());
        form.touchChannels().setAll("email");

        form.touchTypes().clear();
        assertEquals("Choose at least one touch event type.", form.problemProperty().get());
        form.touchTypes().setAll("ad_click");

        form.seedProperty().set(null);
        assertEquals("Fill in every number of the settings.", form.problemProperty().get());
    }

    @Test
    void aPathReportsJourneysIgnoreTheTouchSettings() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of("paths.csv"));
        form.touchChannels().clear();

        form.sourceProperty().set(SourceChoice.pathReport("paths.csv"));

        assertNull(form.problemProperty().get());
        assertEquals(AttributionSettings.defaults().touches(), form.settings().touches());
    }

    @Test
    void savedSettingsComeBackThroughJsonOnAFreshForm() {
        form.setChoices(EVENT_TYPES, CHANNELS, List.of("paths.csv"));
        form.touchChannels().setAll("email", "search");
        form.touchTypes().setAll("ad_click");
        form.lookbackDaysProperty().set(7);
        form.modelProperty(ModelKind.MARKOV).set(false);
        form.markovOrderProperty().set(2);
        form.seedProperty().set(99L);

        AttributionForm reopened = new AttributionForm(Messages.forLocale(Locale.ENGLISH));
        reopened.apply(SavedSettings.fromJson(form.saved().toJson()));
        reopened.setChoices(EVENT_TYPES, CHANNELS, List.of("paths.csv"));

        assertEquals(form.settings(), reopened.settings());
        assertEquals(List.of("email", "search"), reopened.touchChannels());
    }

    @Test
    void aSavedPathReportThatIsGoneFallsBackToTheEvents() {
        form.apply(new SavedSettings("old.csv", "purchase", List.of("direct"), List.of(), 30, List.of("linear"),
                7, 40, 20, 40, 1, "RATE", "BEST_SEEN_SUBSET", 1));

        form.setChoices(EVENT_TYPES, CHANNELS, List.of("paths.csv"));

        assertEquals(SourceChoice.EVENTS, form.sourceProperty().get());
        assertEquals(List.of(ModelKind.LINEAR), form.chosenModels());
    }
}
