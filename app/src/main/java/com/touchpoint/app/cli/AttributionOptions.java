package com.touchpoint.app.cli;

import com.touchpoint.attribution.journey.JourneyBuilder.DirectHandling;
import com.touchpoint.attribution.journey.JourneyBuilder.TouchReuse;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.ModelSettings;
import com.touchpoint.attribution.service.PositionShares;
import com.touchpoint.attribution.service.TouchDefinition;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.SamplingPlan;
import com.touchpoint.attribution.shapley.ShapleyModel;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The journey and model options shared by {@code attribute} and {@code report attribution}, as in the view. */
final class AttributionOptions {

    private static final String NONE = "none";

    @Option(names = "--conversion", paramLabel = "TYPE", description = "The event type that counts as a conversion; "
            + "its revenue is the value (default: ${DEFAULT-VALUE}).")
    String conversion = AttributionSettings.DEFAULT_CONVERSION;

    @Option(names = "--lookback", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Touches this long before a conversion count: 30d, 36h, 90m (default: 30d).")
    Duration lookback = Duration.ofDays(30);

    @Option(names = "--touch-channels", split = ",", paramLabel = "CHANNEL", description = "Only these channels "
            + "are touches (default: every channel not excluded).")
    Set<String> touchChannels = Set.of();

    @Option(names = "--exclude-channels", split = ",", paramLabel = "CHANNEL", description = "Channels that are "
            + "never touches, or none (default: direct).")
    Set<String> excludedChannels = Set.of(ModelSettings.DEFAULT_DIRECT_CHANNEL);

    @Option(names = "--touch-types", split = ",", paramLabel = "TYPE", description = "Only these event types are "
            + "touches, e.g. ad_click,click,push_open (default: every type but the conversion).")
    Set<String> touchTypes = Set.of();

    @Option(names = "--touch-reuse", paramLabel = "first|every", description = "first: a touch credits only the "
            + "first conversion after it; every: each conversion whose window holds it (default: first).")
    String touchReuse = "first";

    @Option(names = "--direct", paramLabel = "keep|count", description = "Conversions with no touch in their "
            + "window: keep them as the channel (direct), or only count them (default: keep).")
    String direct = "keep";

    @Option(names = "--direct-channel", paramLabel = "CHANNEL", description = "The channel last-non-direct passes "
            + "over (default: ${DEFAULT-VALUE}).")
    String directChannel = ModelSettings.DEFAULT_DIRECT_CHANNEL;

    @Option(names = "--half-life", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time-decay half-life (default: 7d).")
    Duration halfLife = Duration.ofDays(7);

    @Option(names = "--position", paramLabel = "F,M,L", description = "Position-based shares of the first, middle "
            + "and last touches, as fractions or percent (default: ${DEFAULT-VALUE}).")
    String position = "0.4,0.2,0.4";

    @Option(names = "--order", paramLabel = "K", description = "Markov chain order, 1 to 4 (default: "
            + "${DEFAULT-VALUE}).")
    int order = 1;

    @Option(names = "--value", paramLabel = "rate|conversions", description = "Shapley worth of a channel set: its "
            + "conversion rate, or the conversions of the journeys within it (default: ${DEFAULT-VALUE}).")
    String worth = "rate";

    @Option(names = "--unseen", paramLabel = "best-subset|zero", description = "Shapley rate of a channel set no "
            + "journey had: its best seen subset's, or 0 (default: ${DEFAULT-VALUE}).")
    String unseen = "best-subset";

    @Option(names = "--method", paramLabel = "auto|exact|sampled", description = "Shapley values exact, sampled, "
            + "or exact when possible (default: ${DEFAULT-VALUE}).")
    String method = "auto";

    @Option(names = "--samples", paramLabel = "N", description = "Most permutations when Shapley samples "
            + "(default: ${DEFAULT-VALUE}).")
    int samples = SamplingPlan.DEFAULT.maxPermutations();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed for Shapley sampling (default: "
            + "${DEFAULT-VALUE}).")
    long seed = SamplingPlan.DEFAULT.seed();

    @Option(names = "--precision", paramLabel = "X", description = "Shapley sampling stops when the largest "
            + "standard error is at most X of the total (default: ${DEFAULT-VALUE}).")
    double precision = SamplingPlan.DEFAULT.relativePrecision();

    @Option(names = "--top-paths", paramLabel = "N", description = "Paths the path explorer lists (default: "
            + "${DEFAULT-VALUE}).")
    int topPaths = AttributionSettings.DEFAULT_TOP_PATHS;

    /**
     * @param models "first,linear" or "all"
     * @throws IllegalArgumentException a value is not allowed; the message says which and what is
     */
    AttributionSettings settings(String models) {
        Set<String> excluded = excludedChannels.equals(Set.of(NONE)) ? Set.of() : excludedChannels;
        ModelSettings modelSettings = ModelSettings.defaults().withHalfLife(halfLife)
                .withPosition(PositionShares.parse(position)).withDirectChannel(directChannel).withMarkovOrder(order)
                .withShapley(choose("--value", worth, List.of("rate", "conversions"),
                                List.of(CoalitionWorth.RATE, CoalitionWorth.CONVERSIONS)),
                        choose("--unseen", unseen, List.of("best-subset", "zero"),
                                List.of(UnseenCoalition.BEST_SEEN_SUBSET, UnseenCoalition.ZERO)),
                        choose("--method", method, List.of("auto", "exact", "sampled"),
                                List.of(ShapleyModel.Method.AUTO, ShapleyModel.Method.EXACT,
                                        ShapleyModel.Method.SAMPLED)),
                        new SamplingPlan(seed, precision, samples));
        return new AttributionSettings(new TouchDefinition(touchChannels, excluded, touchTypes), conversion, lookback,
                choose("--touch-reuse", touchReuse, List.of("first", "every"),
                        List.of(TouchReuse.FIRST_CONVERSION_ONLY, TouchReuse.EVERY_CONVERSION_IN_WINDOW)),
                choose("--direct", direct, List.of("keep", "count"),
                        List.of(DirectHandling.KEEP_AS_CHANNEL, DirectHandling.COUNT_ONLY)),
                ModelKind.parseList(models), modelSettings, topPaths);
    }

    /** The choice named {@code given} among {@code names}, matched case-insensitively. */
    private static <T> T choose(String option, String given, List<String> names, List<T> choices) {
        int index = names.indexOf(given.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException(option + " takes " + String.join(", ", names) + "; not '" + given
                    + "'");
        }
        return choices.get(index);
    }
}
