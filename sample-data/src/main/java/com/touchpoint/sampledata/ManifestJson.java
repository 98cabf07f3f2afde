package com.touchpoint.sampledata;

import com.touchpoint.sampledata.files.Json;
import com.touchpoint.sampledata.world.AdCampaign;
import com.touchpoint.sampledata.world.ChannelEffect;
import com.touchpoint.sampledata.world.ChannelEffects;
import java.util.Map;
import java.util.TreeMap;

/** Writes a {@link SampleManifest} as indented JSON whose names are the record component names. */
final class ManifestJson {

    private ManifestJson() {
    }

    static String write(SampleManifest m) {
        StringBuilder b = new StringBuilder(4096);
        Json j = Json.indented(b).beginObject();
        SampleSpec s = m.spec();
        j.name("spec").beginObject()
                .name("users").value(s.users())
                .name("days").value(s.days())
                .name("seed").value(s.seed())
                .name("endDate").value(s.endDate().toString())
                .name("brokenRowRate").rawNumber(number(s.brokenRowRate()))
                .name("duplicateRowRate").rawNumber(number(s.duplicateRowRate()))
                .endObject();
        j.name("files").beginArray();
        for (FileManifest f : m.files()) {
            j.beginObject()
                    .name("name").value(f.name())
                    .name("encoding").value(f.encoding())
                    .name("bom").value(f.bom())
                    .name("delimiter").value(f.delimiter())
                    .name("headerLines").value(f.headerLines())
                    .name("rows").value(f.rows());
            counts(j.name("brokenRows"), f.brokenRows());
            j.name("duplicateRows").value(f.duplicateRows()).endObject();
        }
        j.endArray();
        SampleManifest.Totals t = m.totals();
        j.name("totals").beginObject()
                .name("persons").value(t.persons())
                .name("members").value(t.members())
                .name("appUsers").value(t.appUsers())
                .name("personalDevices").value(t.personalDevices())
                .name("sharedDevices").value(t.sharedDevices())
                .name("sharedDeviceIds").beginArray();
        t.sharedDeviceIds().forEach(j::value);
        j.endArray()
                .name("webPurchases").value(t.webPurchases())
                .name("appPurchases").value(t.appPurchases())
                .name("storePurchases").value(t.storePurchases())
                .name("purchases").value(t.purchases())
                .name("revenue").rawNumber(t.revenue().toPlainString());
        counts(j.name("touches"), t.touches());
        j.endObject();
        SampleManifest.PlantedTruth p = m.truth();
        j.name("truth").beginObject()
                .name("baseOnlineHazard").rawNumber(number(p.baseOnlineHazard()))
                .name("baseStoreHazard").rawNumber(number(p.baseStoreHazard()))
                .name("weekendStoreFactor").rawNumber(number(p.weekendStoreFactor()))
                .name("socialAssist").rawNumber(number(p.socialAssist()))
                .name("lookbackDays").value(p.lookbackDays())
                .name("effects").beginArray();
        for (ChannelEffect e : p.effects()) {
            j.beginObject()
                    .name("channel").value(e.channel().code())
                    .name("touch").value(e.touch())
                    .name("onlineUplift").rawNumber(number(e.onlineUplift()))
                    .name("storeUplift").rawNumber(number(e.storeUplift()))
                    .name("halfLifeDays").rawNumber(number(e.halfLifeDays()))
                    .name("immediateConversion").rawNumber(number(e.immediateConversion()))
                    .name("extraOnlinePurchasesPerTouch")
                    .rawNumber(number(ChannelEffects.extraOnlinePurchasesPerTouch(e)))
                    .name("extraStorePurchasesPerTouch")
                    .rawNumber(number(ChannelEffects.extraStorePurchasesPerTouch(e)))
                    .endObject();
        }
        j.endArray().name("spendCurves").beginArray();
        for (AdCampaign c : p.spendCurves()) {
            j.beginObject()
                    .name("name").value(c.name())
                    .name("channel").value(c.channel().code())
                    .name("a").rawNumber(number(c.a()))
                    .name("b").rawNumber(number(c.b()))
                    .name("baseSpend").rawNumber(number(c.baseSpend()))
                    .name("cpm").rawNumber(number(c.cpm()))
                    .endObject();
        }
        j.endArray().endObject().endObject();
        return b.append('\n').toString();
    }

    private static void counts(Json j, Map<String, Long> counts) {
        j.beginObject();
        new TreeMap<>(counts).forEach((key, value) -> j.name(key).value(value));
        j.endObject();
    }

    private static String number(double value) {
        return Double.toString(value);
    }
}
