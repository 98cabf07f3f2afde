package com.touchpoint.sampledata;

import com.touchpoint.sampledata.world.AdCampaign;
import com.touchpoint.sampledata.world.ChannelEffect;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a generation run wrote and what really happened, serialised as {@code manifest.json} next to the files.
 *
 * @param spec   the spec that produced the set
 * @param files  one entry per file, in writing order
 * @param totals the true counts of the simulation
 * @param truth  the planted effects and response curves (the same numbers as GROUND_TRUTH.md)
 */
public record SampleManifest(SampleSpec spec, List<FileManifest> files, Totals totals, PlantedTruth truth) {

    public SampleManifest {
        files = List.copyOf(files);
    }

    /** The entry for file {@code name}. */
    public FileManifest file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No file named " + name + " in this manifest"));
    }

    /**
     * True counts, before any row was broken or duplicated.
     *
     * @param persons         people simulated
     * @param members         people with a member id (all of them are in the CRM export)
     * @param appUsers        people with at least one own app device
     * @param personalDevices app devices that belong to one person
     * @param sharedDevices   app devices used by 6 to 15 members each
     * @param sharedDeviceIds their device ids
     * @param webPurchases    purchase events on the web
     * @param appPurchases    purchase events in the app
     * @param storePurchases  till receipts
     * @param purchases       all purchases
     * @param revenue         value of all purchases in yuan
     * @param touches         touches by channel: ad clicks (search, feed, social), e-mail clicks, SMS sends, push
     *                        opens, and organic visits (direct)
     */
    public record Totals(long persons, long members, long appUsers, long personalDevices, long sharedDevices,
                         List<String> sharedDeviceIds, long webPurchases, long appPurchases, long storePurchases,
                         long purchases, BigDecimal revenue, Map<String, Long> touches) {

        public Totals {
            sharedDeviceIds = List.copyOf(sharedDeviceIds);
            touches = Map.copyOf(touches);
        }
    }

    /**
     * The planted causal model, as the generator used it.
     *
     * @param baseOnlineHazard   online purchases per person-day without touches (propensity 1)
     * @param baseStoreHazard    store purchases per person-weekday without touches (propensity 1)
     * @param weekendStoreFactor store hazard multiplier on weekends
     * @param socialAssist       how much a fresh social touch multiplies other channels' uplift
     * @param lookbackDays       lookback of the journeys in paths.csv
     * @param effects            per-channel uplift, half-life and immediate conversion
     * @param spendCurves        per-campaign response curves: clicks per 1,000 people = a * spend^b
     */
    public record PlantedTruth(double baseOnlineHazard, double baseStoreHazard, double weekendStoreFactor,
                               double socialAssist, int lookbackDays, List<ChannelEffect> effects,
                               List<AdCampaign> spendCurves) {

        public PlantedTruth {
            effects = List.copyOf(effects);
            spendCurves = List.copyOf(spendCurves);
        }
    }
}
