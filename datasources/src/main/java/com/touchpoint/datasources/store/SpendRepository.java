package com.touchpoint.datasources.store;

import com.touchpoint.datasources.mapping.MappedRow.SpendRow;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Objects;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;

/** Channel spend, one row per day, channel and campaign; a re-imported day replaces the earlier figures. */
public final class SpendRepository {

    private final DSLContext tx;

    /** @param tx the import's final transaction, which these rows become part of */
    public SpendRepository(DSLContext tx) {
        this.tx = tx;
    }

    /** Returns how many of the rows were already stored with the same figures (duplicates). */
    public int upsert(long batchId, List<SpendRow> rows) {
        int unchanged = 0;
        for (SpendRow row : rows) {
            String campaign = row.campaign() == null ? "" : row.campaign();
            var existing = tx.selectFrom(CHANNEL_SPEND).where(CHANNEL_SPEND.SPEND_DATE.eq(row.date())
                    .and(CHANNEL_SPEND.CHANNEL.eq(row.channel())).and(CHANNEL_SPEND.CAMPAIGN.eq(campaign))).fetchOne();
            if (existing != null && existing.getCost().compareTo(row.cost()) == 0
                    && Objects.equals(existing.getImpressions(), row.impressions())
                    && Objects.equals(existing.getClicks(), row.clicks())) {
                unchanged++;
                continue;
            }
            tx.insertInto(CHANNEL_SPEND)
                    .set(CHANNEL_SPEND.SPEND_DATE, row.date()).set(CHANNEL_SPEND.CHANNEL, row.channel())
                    .set(CHANNEL_SPEND.CAMPAIGN, campaign).set(CHANNEL_SPEND.COST, row.cost())
                    .set(CHANNEL_SPEND.IMPRESSIONS, row.impressions()).set(CHANNEL_SPEND.CLICKS, row.clicks())
                    .set(CHANNEL_SPEND.BATCH_ID, batchId)
                    .onDuplicateKeyUpdate()
                    .set(CHANNEL_SPEND.COST, row.cost()).set(CHANNEL_SPEND.IMPRESSIONS, row.impressions())
                    .set(CHANNEL_SPEND.CLICKS, row.clicks()).set(CHANNEL_SPEND.BATCH_ID, batchId)
                    .execute();
        }
        return unchanged;
    }
}
