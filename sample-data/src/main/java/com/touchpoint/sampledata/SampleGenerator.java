package com.touchpoint.sampledata;

import com.touchpoint.sampledata.files.Exports;
import com.touchpoint.sampledata.people.Person;
import com.touchpoint.sampledata.sim.Simulator;
import com.touchpoint.sampledata.sim.PathRecorder;
import com.touchpoint.sampledata.sim.Tally;
import com.touchpoint.sampledata.world.AdCampaign;
import com.touchpoint.sampledata.world.Channel;
import com.touchpoint.sampledata.world.ChannelEffects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Generates the multi-channel exports of the fictional retailer Maple &amp; Tea with planted ground truth
 * (see GROUND_TRUTH.md), plus {@code manifest.json}. Command line:
 * {@code SampleGenerator --out DIR [--users N] [--days D] [--seed S] [--end-date YYYY-MM-DD]}.
 */
public final class SampleGenerator {

    public static final String MANIFEST = "manifest.json";

    private SampleGenerator() {
    }

    /** Writes the set for {@code spec} into {@code outDir} (created if missing; files there are replaced). */
    public static SampleManifest generate(SampleSpec spec, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        SampleManifest manifest;
        try (Exports exports = new Exports(outDir, spec)) {
            Simulator.Result result = new Simulator(spec, exports).run();
            manifest = new SampleManifest(spec, exports.manifests(), totals(result), truth());
        }
        Files.writeString(outDir.resolve(MANIFEST), ManifestJson.write(manifest), StandardCharsets.UTF_8);
        return manifest;
    }

    private static SampleManifest.Totals totals(Simulator.Result result) {
        Person[] people = result.people();
        long members = Arrays.stream(people).filter(Person::isMember).count();
        long appUsers = Arrays.stream(people).filter(Person::hasApp).count();
        long devices = Arrays.stream(people).mapToLong(p -> p.devices().length).sum();
        Tally tally = result.tally();
        Map<String, Long> touches = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            touches.put(channel.code(), tally.touches(channel));
        }
        long purchases = tally.webPurchases() + tally.appPurchases() + tally.storePurchases();
        return new SampleManifest.Totals(people.length, members, appUsers, devices,
                result.sharedDeviceIds().size(), result.sharedDeviceIds(), tally.webPurchases(),
                tally.appPurchases(), tally.storePurchases(), purchases,
                BigDecimal.valueOf(tally.revenueCents(), 2), touches);
    }

    static SampleManifest.PlantedTruth truth() {
        return new SampleManifest.PlantedTruth(ChannelEffects.BASE_ONLINE_HAZARD, ChannelEffects.BASE_STORE_HAZARD,
                ChannelEffects.WEEKEND_STORE_FACTOR, ChannelEffects.SOCIAL_ASSIST, PathRecorder.LOOKBACK_DAYS,
                ChannelEffects.all(), AdCampaign.all());
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            long started = System.nanoTime();
            SampleManifest manifest = generate(options.spec(), options.out());
            double seconds = (System.nanoTime() - started) / 1e9;
            long rows = manifest.files().stream().mapToLong(FileManifest::rows).sum();
            System.out.printf("Wrote %,d rows in %d files to %s in %.1f s: %,d persons, %,d purchases, revenue ¥%s%n",
                    rows, manifest.files().size(), options.out(), seconds, manifest.totals().persons(),
                    manifest.totals().purchases(), manifest.totals().revenue().toPlainString());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not write the sample set: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Parsed command line. */
    record Options(Path out, SampleSpec spec) {

        static final String USAGE = "Usage: SampleGenerator --out DIR [--users N (default 1500)] "
                + "[--days D (default 90)] [--seed S (default 42)] [--end-date YYYY-MM-DD (default 2026-10-31)]";

        static Options parse(String[] args) {
            CommandLine line = CommandLine.parse(args, Set.of("--out", "--users", "--days", "--seed", "--end-date"));
            SampleSpec shipped = SampleSpec.shipped();
            return new Options(line.require("--out", Path::of), new SampleSpec(
                    line.get("--users", Integer::parseInt, shipped.users()),
                    line.get("--days", Integer::parseInt, shipped.days()),
                    line.get("--seed", Long::parseLong, shipped.seed()),
                    line.get("--end-date", LocalDate::parse, shipped.endDate()),
                    SampleSpec.DEFAULT_BROKEN_ROW_RATE, SampleSpec.DEFAULT_DUPLICATE_ROW_RATE));
        }
    }
}
