package com.touchpoint.attribution;

import com.touchpoint.attribution.journey.Conversion;
import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneyCollector;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathExplorer;
import com.touchpoint.attribution.journey.Touch;
import com.touchpoint.attribution.markov.MarkovAnalysis;
import com.touchpoint.attribution.markov.MarkovChainModel;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.FirstTouchModel;
import com.touchpoint.attribution.model.LastNonDirectModel;
import com.touchpoint.attribution.model.LastTouchModel;
import com.touchpoint.attribution.model.LinearModel;
import com.touchpoint.attribution.model.PositionBasedModel;
import com.touchpoint.attribution.model.TimeDecayModel;
import com.touchpoint.attribution.shapley.ChannelGame;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.OrderedShapleyModel;
import com.touchpoint.attribution.shapley.SampledShapley;
import com.touchpoint.attribution.shapley.SamplingPlan;
import com.touchpoint.attribution.shapley.ShapleyAnalysis;
import com.touchpoint.attribution.shapley.ShapleyEstimate;
import com.touchpoint.attribution.shapley.ShapleyModel;
import com.touchpoint.attribution.shapley.ShapleyModel.Method;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Prints timings of journey building and of every model on synthetic data (not a test). Arguments: number of
 * customers (default 1,000,000).
 */
public final class AttributionBenchmark {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String[] CHANNELS = {"Search", "Display", "Social", "Email", "Affiliate", "Video",
            "Direct", "Referral", "SMS", "Push", "Store", "Podcast"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AttributionBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20);
        Events events = Events.generate(customers, new SyntheticCustomers(CHANNELS.length, 19, -3.5, 1));
        System.out.printf(Locale.ROOT, "%,d customers, %,d touch events, %,d conversions, %d channels%n",
                customers, events.touchCount, events.conversionCount, CHANNELS.length);
        long heapBefore = usedHeap();
        JourneySet journeys = timed("journey building (streamed, sorted)", () -> new JourneyBuilder()
                .dataEnd(30 * DAY).build(events.touches(), events.conversions()));
        System.out.printf(Locale.ROOT, "  %,d distinct journeys, %,.0f conversions, %,.0f non-converting;"
                        + " journey set retains about %d MB%n", journeys.journeys().size(),
                journeys.totalConversions(), journeys.totalNonConversions(), (usedHeap() - heapBefore) >> 20);
        JourneySet pathsOnly = timed("dropping ages (merge identical paths)", journeys::withoutAges);
        System.out.printf(Locale.ROOT, "  %,d distinct paths%n", pathsOnly.journeys().size());
        timed("top 20 paths", () -> PathExplorer.topPaths(journeys, 20));
        timed("top 20 paths (warm)", () -> PathExplorer.topPaths(journeys, 20));

        System.out.println("Rule-based models on " + journeys.journeys().size() + " journeys (cold, then warm):");
        for (AttributionModel model : List.of(new FirstTouchModel(), new LastTouchModel(),
                new LastNonDirectModel("Direct"), new LinearModel(), new TimeDecayModel(), new PositionBasedModel())) {
            timed(model.name(), () -> model.attribute(journeys));
            timed(model.name() + " (warm)", () -> model.attribute(journeys));
        }
        System.out.println("Markov chain removal effect:");
        for (int order = 1; order <= MarkovChainModel.MAX_ORDER; order++) {
            MarkovChainModel model = new MarkovChainModel(order);
            MarkovAnalysis analysis = timed(model.name(), () -> model.analyse(journeys));
            System.out.printf(Locale.ROOT, "  %,d states, solver %s, P(conversion) %.5f%n",
                    analysis.stateCount(), analysis.solver(), analysis.conversionProbability());
        }
        System.out.println("Shapley, 12 channels:");
        timed("exact, rate (unseen = best seen subset)", () -> ShapleyModel.defaults().analyse(journeys));
        timed("exact, rate (warm)", () -> ShapleyModel.defaults().analyse(journeys));
        timed("exact, conversions", () -> ShapleyModel.defaults().withWorth(CoalitionWorth.CONVERSIONS)
                .analyse(journeys));
        timed("ordered Shapley", () -> new OrderedShapleyModel().analyse(journeys));

        wideShapley(20, customers);
        sampledShapley(30, customers);
        samplingError(16, customers);
    }

    private static void wideShapley(int channels, int customers) {
        JourneySet set = pathReport(channels, customers);
        System.out.printf(Locale.ROOT, "Shapley, %d channels (%,d journeys, %,d distinct channel sets):%n", channels,
                customers, new ChannelGame(set, CoalitionWorth.RATE, UnseenCoalition.ZERO).seenCoalitions());
        timed("exact, rate, best seen subset (2^" + channels + " coalitions)",
                () -> ShapleyModel.defaults().withMethod(Method.EXACT).analyse(set));
        // No journey has all channels, so v(N) = 0 and the model refuses to scale these values; time the formula.
        timed("exact, rate, unseen = 0 (sparse formula, values only)",
                () -> new ChannelGame(set, CoalitionWorth.RATE, UnseenCoalition.ZERO).exactValues());
        timed("exact, conversions (sparse formula)", () -> ShapleyModel.defaults()
                .withWorth(CoalitionWorth.CONVERSIONS).withMethod(Method.EXACT).analyse(set));
    }

    private static void sampledShapley(int channels, int customers) {
        JourneySet set = pathReport(channels, customers);
        ChannelGame rateGame = new ChannelGame(set, CoalitionWorth.RATE, UnseenCoalition.BEST_SEEN_SUBSET);
        System.out.printf(Locale.ROOT, "Shapley, %d channels (%,d journeys, %,d distinct channel sets):%n", channels,
                customers, rateGame.seenCoalitions());
        ShapleyAnalysis rate = timed("sampled, rate, best seen subset (default plan: 0.2 % of total, cap 50,000)",
                () -> ShapleyModel.defaults().analyse(set));
        report(rate.estimate(), rate.valueSum());
        ChannelGame conversions = new ChannelGame(set, CoalitionWorth.CONVERSIONS, UnseenCoalition.ZERO);
        ShapleyEstimate sampled = timed("sampled, conversions (same plan)",
                () -> SampledShapley.estimate(conversions, SamplingPlan.DEFAULT));
        double total = conversions.worth(conversions.grandCoalition());
        report(sampled, total);
        double[] exact = timed("exact, conversions (sparse formula)", conversions::exactValues);
        compare(sampled, exact, total);
    }

    private static void samplingError(int channels, int customers) {
        JourneySet set = pathReport(channels, customers);
        ChannelGame game = new ChannelGame(set, CoalitionWorth.RATE, UnseenCoalition.BEST_SEEN_SUBSET);
        System.out.printf(Locale.ROOT, "Sampled vs exact, rate with best seen subset, %d channels:%n", channels);
        double[] exact = timed("exact (2^" + channels + " coalitions)", game::exactValues);
        ShapleyEstimate sampled = timed("sampled (default plan)", () -> SampledShapley.estimate(game,
                SamplingPlan.DEFAULT));
        double total = game.worth(game.grandCoalition());
        report(sampled, total);
        compare(sampled, exact, total);
    }

    private static void report(ShapleyEstimate estimate, double total) {
        double largest = 0;
        for (double error : estimate.standardErrors()) {
            largest = Math.max(largest, error);
        }
        System.out.printf(Locale.ROOT, "  %,d permutations, largest standard error %.4f %% of total, precision %s%n",
                estimate.permutations(), 100 * largest / Math.abs(total),
                estimate.precisionReached() ? "reached" : "not reached (cap)");
    }

    private static void compare(ShapleyEstimate sampled, double[] exact, double total) {
        double largestError = 0;
        double largestInErrors = 0;
        for (int p = 0; p < exact.length; p++) {
            double error = Math.abs(sampled.values()[p] - exact[p]);
            largestError = Math.max(largestError, error);
            largestInErrors = Math.max(largestInErrors, error / sampled.standardErrors()[p]);
        }
        System.out.printf(Locale.ROOT, "  sampled vs exact: largest error %.4f %% of total, %.2f standard errors%n",
                100 * largestError / Math.abs(total), largestInErrors);
    }

    /** Journeys of up to 7 touches (no ages) over many channels, built straight into a journey set. */
    private static JourneySet pathReport(int channels, int customers) {
        SyntheticCustomers model = new SyntheticCustomers(channels, 7, -3.0, channels);
        SplittableRandom random = new SplittableRandom(channels * 31L);
        JourneyCollector collector = new JourneyCollector();
        for (int c = 0; c < channels; c++) {
            collector.channel(String.format(Locale.ROOT, "ch%02d", c));
        }
        int[] path = new int[7];
        for (int customer = 0; customer < customers; customer++) {
            int length = model.path(random, path);
            boolean converted = model.converts(random, path, length);
            collector.add(java.util.Arrays.copyOf(path, length), null, converted, 1, converted ? 50 : 0);
        }
        return collector.build();
    }

    /** Runs the work and prints wall-clock and thread CPU milliseconds (CPU time is steadier on a busy machine). */
    private static <T> T timed(String label, Supplier<T> work) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "  %-70s %,8d ms wall %,8d ms cpu%n", label,
                (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        return result;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Touch and conversion events in columns, sorted by customer then time. */
    private static final class Events {
        private int[] touchCustomer;
        private byte[] touchChannel;
        private long[] touchTime;
        private int touchCount;
        private int[] conversionCustomer;
        private long[] conversionTime;
        private double[] conversionValue;
        private int conversionCount;

        /**
         * Each customer's touches start in the first 20 days, 0–8 hours apart; a converting customer converts up
         * to a day after the last touch. The data end is day 30, so every customer gives exactly one journey.
         */
        static Events generate(int customers, SyntheticCustomers model) {
            Events events = new Events();
            int capacity = customers * 10 + 1024;
            events.touchCustomer = new int[capacity];
            events.touchChannel = new byte[capacity];
            events.touchTime = new long[capacity];
            events.conversionCustomer = new int[customers];
            events.conversionTime = new long[customers];
            events.conversionValue = new double[customers];
            SplittableRandom random = new SplittableRandom(42);
            int[] path = new int[32];
            for (int customer = 0; customer < customers; customer++) {
                int length = model.path(random, path);
                long time = random.nextLong(20 * DAY);
                for (int k = 0; k < length; k++) {
                    time += k == 0 ? 0 : random.nextLong(8 * HOUR);
                    events.addTouch(customer, path[k], time);
                }
                if (model.converts(random, path, length)) {
                    int at = events.conversionCount++;
                    events.conversionCustomer[at] = customer;
                    events.conversionTime[at] = time + MINUTE + random.nextLong(DAY);
                    events.conversionValue[at] = 20 + random.nextInt(80);
                }
            }
            return events;
        }

        private void addTouch(int customer, int channel, long time) {
            if (touchCount == touchTime.length) {
                touchCustomer = java.util.Arrays.copyOf(touchCustomer, touchCount * 2);
                touchChannel = java.util.Arrays.copyOf(touchChannel, touchCount * 2);
                touchTime = java.util.Arrays.copyOf(touchTime, touchCount * 2);
            }
            touchCustomer[touchCount] = customer;
            touchChannel[touchCount] = (byte) channel;
            touchTime[touchCount] = time;
            touchCount++;
        }

        Iterator<Touch> touches() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < touchCount;
                }

                @Override
                public Touch next() {
                    int i = next++;
                    return new Touch(touchCustomer[i], CHANNELS[touchChannel[i]], touchTime[i]);
                }
            };
        }

        Iterator<Conversion> conversions() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < conversionCount;
                }

                @Override
                public Conversion next() {
                    int i = next++;
                    return new Conversion(conversionCustomer[i], conversionTime[i], conversionValue[i]);
                }
            };
        }
    }
}
