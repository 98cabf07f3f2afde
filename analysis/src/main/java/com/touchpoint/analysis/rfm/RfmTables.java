package com.touchpoint.analysis.rfm;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** RFM results as tables to show and export: the R × F heat map and the groups. */
public final class RfmTables {

    private RfmTables() {
    }

    /** Customers and revenue (monetary value in the window) per R × F cell, R from 5 down, F from 1 up. */
    public record HeatMap(int[][] customers, double[][] revenue) {

        /** Customers with R score {@code r} and F score {@code f} (1..5). */
        public int customers(int r, int f) {
            return customers[r - 1][f - 1];
        }

        public double revenue(int r, int f) {
            return revenue[r - 1][f - 1];
        }
    }

    public static HeatMap heatMap(RfmScores scores) {
        int[][] customers = new int[5][5];
        double[][] revenue = new double[5][5];
        for (int c = 0; c < scores.size(); c++) {
            if (scores.scored(c)) {
                customers[scores.r()[c] - 1][scores.f()[c] - 1]++;
                revenue[scores.r()[c] - 1][scores.f()[c] - 1] += scores.monetary()[c];
            }
        }
        return new HeatMap(customers, revenue);
    }

    /** The heat map as rows R, F, group, customers, revenue: 25 rows. */
    public static Table heatMapTable(RfmScores scores) {
        HeatMap map = heatMap(scores);
        IntColumn r = IntColumn.create("R");
        IntColumn f = IntColumn.create("F");
        StringColumn group = StringColumn.create("group");
        IntColumn customers = IntColumn.create("customers");
        DoubleColumn revenue = DoubleColumn.create("revenue");
        for (int rs = 5; rs >= 1; rs--) {
            for (int fs = 1; fs <= 5; fs++) {
                r.append(rs);
                f.append(fs);
                RfmGroup g = scores.settings().groupOf(rs, fs);
                group.append(g == null ? null : g.name());
                customers.append(map.customers(rs, fs));
                revenue.append(map.revenue(rs, fs));
            }
        }
        return Table.create("RFM heat map", r, f, group, customers, revenue);
    }

    /** One row per group, then customers without orders in the window: key, name, customers, revenue, share. */
    public static Table groupTable(RfmScores scores) {
        int groups = scores.settings().groups().size();
        int[] customers = new int[groups + 1];
        double[] revenue = new double[groups + 1];
        for (int c = 0; c < scores.size(); c++) {
            RfmGroup group = scores.group(c);
            int row = group == null ? groups : scores.settings().groups().indexOf(group);
            customers[row]++;
            revenue[row] += scores.scored(c) ? scores.monetary()[c] : 0;
        }
        StringColumn key = StringColumn.create("key");
        StringColumn name = StringColumn.create("group");
        IntColumn count = IntColumn.create("customers");
        DoubleColumn money = DoubleColumn.create("revenue");
        DoubleColumn share = DoubleColumn.create("share of customers");
        for (int row = 0; row <= groups; row++) {
            RfmGroup group = row < groups ? scores.settings().groups().get(row) : null;
            key.append(group == null ? "" : group.key());
            name.append(group == null ? "no group (no orders in the window)" : group.name());
            count.append(customers[row]);
            money.append(revenue[row]);
            share.append(scores.size() == 0 ? 0 : customers[row] / (double) scores.size());
        }
        return Table.create("RFM groups", key, name, count, money, share);
    }
}
