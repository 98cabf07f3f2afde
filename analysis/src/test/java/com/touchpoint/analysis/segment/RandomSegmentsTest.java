package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.audience.ItemCategories;
import com.touchpoint.analysis.audience.TestAudience;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.customers.AttributeKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled evaluator and {@link NaiveEvaluator} keep the same members on random trees over random data. */
class RandomSegmentsTest {

    private static final long REFERENCE = TestAudience.millis("2026-08-31T00:00:00Z");
    private static final long HOUR = 3_600_000L;
    private static final String[] CITIES = {"上海", "北京", "杭州", "Shanghai", null};
    private static final String[] CHANNELS = {"web", "app", "email", "search"};
    private static final String[] TYPES = {"page_view", "product_view", "purchase", "email_click"};
    private static final String[] CAMPAIGNS = {null, "c1", "c2"};
    private static final String[] ITEMS = {null, "SKU1001", "SKU1002", "SKU1003", "SKU1011", "SKU1012"};
    private static final String[] ZONES = {"UTC", "Asia/Shanghai", "America/New_York"};

    @Test
    void compiledAndNaiveEvaluationsAgree() {
        int trees = 0;
        int partial = 0;
        for (long seed = 1; seed <= 6; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            AudienceData data = audience(random, 120);
            Map<String, Segment> saved = new HashMap<>();
            for (int s = 0; s < 3; s++) {
                saved.put("s" + s, new Segment(1, "s" + s, "", pick(random, ZONES), tree(random, 2, false)));
            }
            SegmentEvaluator evaluator = new SegmentEvaluator(data, name -> Optional.ofNullable(saved.get(name)));
            NaiveEvaluator naive = new NaiveEvaluator(data, saved, REFERENCE);
            for (int t = 0; t < 80; t++) {
                Segment segment = new Segment(1, "random", "", pick(random, ZONES), tree(random, 3, true));
                BitSet fast = evaluator.evaluate(segment, REFERENCE, new CancellationToken()).members();
                long dataSeed = seed;
                assertEquals(naive.members(segment), fast, () -> "data seed " + dataSeed + ", segment "
                        + SegmentJson.write(segment));
                trees++;
                if (fast.cardinality() > 0 && fast.cardinality() < data.size()) {
                    partial++;
                }
            }
        }
        assertEquals(480, trees);
        assertTrue(partial > trees / 3, "most trees keep some but not all customers: " + partial);
    }

    @Test
    void largeAudiencesScannedInParallelBlocksAgreeToo() {
        SplittableRandom random = new SplittableRandom(99);
        // 40,000 customers span three blocks of 16,384, scanned in parallel.
        AudienceData data = audience(random, 40_000);
        Map<String, Segment> saved = Map.of("s0", Segment.of("s0", tree(random, 1, false)),
                "s1", Segment.of("s1", tree(random, 1, false)), "s2", Segment.of("s2", tree(random, 1, false)));
        SegmentEvaluator evaluator = new SegmentEvaluator(data, name -> Optional.ofNullable(saved.get(name)));
        NaiveEvaluator naive = new NaiveEvaluator(data, saved, REFERENCE);
        for (int t = 0; t < 12; t++) {
            Segment segment = new Segment(1, "random", "", pick(random, ZONES), tree(random, 2, true));
            assertEquals(naive.members(segment), evaluator.evaluate(segment, REFERENCE, new CancellationToken())
                    .members(), () -> SegmentJson.write(segment));
        }
        Segment distinct = Segment.of("distinct", new AggregateCondition(AggregateCondition.Measure.DISTINCT_ITEMS,
                EventFilter.ANY, TimeWindow.ALL, Comparison.AT_LEAST, List.of(3.0)));
        BitSet members = evaluator.evaluate(distinct, REFERENCE, new CancellationToken()).members();
        assertEquals(naive.members(distinct), members);
        assertTrue(members.cardinality() > 1000 && members.cardinality() < 39_000, "" + members.cardinality());
    }

    private static AudienceData audience(SplittableRandom random, int customers) {
        TestAudience audience = new TestAudience().kind("birth_date", AttributeKind.DATE)
                .kind("points", AttributeKind.NUMBER).kind("city", AttributeKind.TEXT)
                .categories(new ItemCategories(Map.of("tea", List.of("SKU1001", "SKU1002"),
                        "gifts", List.of("SKU101*"))));
        for (long id = 1; id <= customers; id++) {
            String points = random.nextInt(4) == 0 ? null : Integer.toString(random.nextInt(2000));
            String born = random.nextInt(4) == 0 ? null : String.format("%d-%02d-%02d", 1970 + random.nextInt(36),
                    1 + random.nextInt(12), 1 + random.nextInt(28));
            audience.customer(id, "city", pick(random, CITIES), "points", points, "birth_date", born);
            int events = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
            for (int e = 0; e < events; e++) {
                // Whole days or hours back from the reference, so events often sit exactly on window boundaries
                // (the reference itself included); a few come after it.
                long time = REFERENCE - (random.nextInt(64) - 3) * 24 * HOUR
                        - (random.nextBoolean() ? 0 : random.nextInt(24) * HOUR);
                String type = pick(random, TYPES);
                double revenue = type.equals("purchase") ? 10 + random.nextInt(500) : Double.NaN;
                audience.event(id, time, pick(random, CHANNELS), type, pick(random, CAMPAIGNS), pick(random, ITEMS),
                        revenue);
            }
        }
        AudienceData data = audience.build();
        int n = data.size();
        double[] tea = new double[n];
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        int[] clusters = new int[n];
        for (int c = 0; c < n; c++) {
            tea[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(40) / 10.0;
            boolean scored = random.nextInt(4) != 0;
            r[c] = (byte) (scored ? 1 + random.nextInt(5) : 0);
            f[c] = (byte) (scored ? 1 + random.nextInt(5) : 0);
            clusters[c] = random.nextInt(4);
        }
        return data.withTags(new TagWeights(new TagSettings(null, null, null), REFERENCE, Map.of("tea", tea)))
                .withRfm(new RfmScores(RfmSettings.DEFAULT, REFERENCE, new double[n], new double[n], new double[n],
                        r, f, new byte[n], new double[3][4]))
                .withClustering(new Clustering("k3", List.of("x"), 3, 1, clusters, new double[3][1]));
    }

    private static Condition tree(SplittableRandom random, int depth, boolean references) {
        int kind = random.nextInt(depth > 0 ? 12 : 9);
        return switch (kind) {
            case 0, 1 -> property(random);
            case 2, 3 -> event(random);
            case 4 -> aggregate(random);
            case 5 -> new TagCondition("tea", numericOp(random), numbers(random, 4));
            case 6 -> new RfmCondition(List.of(pick(random, new String[]{"champions", "hibernating", "at_risk",
                "loyal", "new_customers"})));
            case 7 -> new ClusterCondition("k3", List.of(1 + random.nextInt(3)));
            case 8 -> references ? new SegmentReference("s" + random.nextInt(3)) : property(random);
            case 9 -> new Not(tree(random, depth - 1, references));
            default -> {
                List<Condition> children = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    children.add(tree(random, depth - 1, references));
                }
                yield new Group(random.nextBoolean() ? Group.Logic.AND : Group.Logic.OR, children);
            }
        };
    }

    private static Condition property(SplittableRandom random) {
        Comparison op = pick(random, Comparison.values());
        int which = random.nextInt(3);
        String name = new String[]{"city", "points", "birth_date"}[which];
        int count = op.arity() < 0 ? 1 + random.nextInt(3) : op.arity();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(switch (which) {
                case 0 -> op == Comparison.CONTAINS ? pick(random, new String[]{"shang", "上", "京"})
                        : pick(random, new String[]{"上海", "北京", "杭州", "Shanghai"});
                case 1 -> Integer.toString(random.nextInt(2000));
                default -> String.format("%d-01-01", 1970 + random.nextInt(36));
            });
        }
        if (op == Comparison.BETWEEN && values.get(0).compareTo(values.get(1)) > 0 && which != 1) {
            values = List.of(values.get(1), values.get(0));
        }
        return new PropertyCondition(name, op, values);
    }

    private static Condition event(SplittableRandom random) {
        int min = random.nextInt(3);
        Integer max = random.nextBoolean() ? null : min + random.nextInt(3);
        return new EventCondition(random.nextInt(3) != 0, filter(random), window(random), min, max);
    }

    private static Condition aggregate(SplittableRandom random) {
        AggregateCondition.Measure measure = pick(random, AggregateCondition.Measure.values());
        double scale = measure == AggregateCondition.Measure.REVENUE ? 800 : 6;
        Comparison op = numericOp(random);
        return new AggregateCondition(measure, filter(random), window(random), op, numbers(random, scale, op));
    }

    private static List<Double> numbers(SplittableRandom random, double scale) {
        return numbers(random, scale, null);
    }

    private static List<Double> numbers(SplittableRandom random, double scale, Comparison op) {
        int count = op == null ? 1 : op.arity() < 0 ? 1 + random.nextInt(3) : op.arity();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add((double) Math.round(random.nextDouble() * scale * 10) / 10);
        }
        return values.stream().sorted().toList();
    }

    private static Comparison numericOp(SplittableRandom random) {
        Comparison op;
        do {
            op = pick(random, Comparison.values());
        } while (!op.isNumeric() || op.arity() != 1);
        return op;
    }

    private static EventFilter filter(SplittableRandom random) {
        return new EventFilter(some(random, TYPES), some(random, CHANNELS), some(random, new String[]{"c1", "c2"}),
                some(random, new String[]{"SKU1001", "SKU1003", "SKU101*"}), some(random, new String[]{"tea",
                    "gifts"}));
    }

    private static List<String> some(SplittableRandom random, String[] values) {
        List<String> chosen = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            for (String value : values) {
                if (value != null && random.nextInt(3) == 0) {
                    chosen.add(value);
                }
            }
        }
        return chosen;
    }

    private static TimeWindow window(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> TimeWindow.ALL;
            case 1 -> TimeWindow.last((1 + random.nextInt(40)) + "d");
            case 2 -> TimeWindow.last((1 + random.nextInt(900)) + "h");
            default -> {
                int from = random.nextInt(60);
                int to = from + random.nextInt(30);
                String start = random.nextInt(4) == 0 ? null : day(from);
                yield new TimeWindow(null, start, random.nextInt(4) == 0 ? null : day(to));
            }
        };
    }

    private static String day(int daysFromJuly) {
        return java.time.LocalDate.of(2026, 7, 1).plusDays(daysFromJuly).toString();
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
