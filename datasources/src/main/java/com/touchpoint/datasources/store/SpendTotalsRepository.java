package com.touchpoint.datasources.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;

/** Imported spend summed per channel, for cost, CPA and ROAS beside attribution credits. */
public final class SpendTotalsRepository {

    private final DSLContext dsl;

    public SpendTotalsRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    /** Cost per channel over every imported day, channels in name order; empty when no spend was imported. */
    public Map<String, Double> costPerChannel() {
        return costPerChannel(DSL.noCondition());
    }

    /** Cost per channel over the days {@code firstDay} to {@code lastDay}, both included. */
    public Map<String, Double> costPerChannel(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The spend period ends (" + lastDay + ") before it starts ("
                    + firstDay + "); give the first day, then the last");
        }
        return costPerChannel(CHANNEL_SPEND.SPEND_DATE.between(firstDay, lastDay));
    }

    private Map<String, Double> costPerChannel(Condition days) {
        Map<String, Double> costs = new LinkedHashMap<>();
        var cost = DSL.sum(CHANNEL_SPEND.COST);
        dsl.select(CHANNEL_SPEND.CHANNEL, cost).from(CHANNEL_SPEND).where(days)
                .groupBy(CHANNEL_SPEND.CHANNEL).orderBy(CHANNEL_SPEND.CHANNEL)
                .forEach(row -> costs.put(row.value1(), toDouble(row.value2())));
        return costs;
    }

    private static double toDouble(BigDecimal sum) {
        return sum == null ? 0 : sum.doubleValue();
    }
}
