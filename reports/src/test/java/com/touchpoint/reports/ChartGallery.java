package com.touchpoint.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes a workbook with one sheet per chart type, to look at in Excel or LibreOffice:
 * {@code java -cp … com.touchpoint.reports.ChartGallery out.xlsx}, then for example
 * {@code libreoffice --headless --convert-to pdf out.xlsx} and {@code pdftoppm -png out.pdf page}.
 */
public final class ChartGallery {

    private ChartGallery() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ChartGallery <out.xlsx>");
            System.exit(2);
        }
        Table channels = Table.create("channels",
                StringColumn.create("channel", "搜索 Search", "Social", "E-mail", "门店 Store", "Affiliate"),
                DoubleColumn.create("spend", 4200.0, 3100.0, 800.0, 2500.0, 1200.0),
                DoubleColumn.create("revenue", 15400.5, 6900.0, 5100.25, 9800.0, 2300.0),
                IntColumn.create("orders", 310, 150, 120, 260, 40),
                DoubleColumn.create("revenue share", 0.39, 0.175, 0.13, 0.25, 0.055));
        DateColumn days = DateColumn.create("day");
        DoubleColumn web = DoubleColumn.create("web sessions");
        DoubleColumn app = DoubleColumn.create("app sessions");
        for (int d = 0; d < 14; d++) {
            days.append(LocalDate.of(2024, 3, 1).plusDays(d));
            web.append(1000 + 120 * Math.sin(d / 2.0) + 15 * d);
            app.append(600 + 80 * Math.cos(d / 3.0) + 25 * d);
        }
        Table daily = Table.create("daily", days, web, app);

        new WorkbookWriter().write(List.of(
                SheetSpec.of("Spend vs revenue", channels).withCurrencySymbol("¥")
                        .withFormat("spend", ColumnFormat.MONEY).withFormat("revenue", ColumnFormat.MONEY)
                        .withTitleLines("Spend and revenue by channel", "March 2024, sample data")
                        .withChart(ChartSpec.of(ChartType.CLUSTERED_BAR, "Spend and revenue", "channel",
                                "spend", "revenue").withAxisTitles("Channel", "Amount (¥)")),
                SheetSpec.of("Orders", channels)
                        .withChart(ChartSpec.of(ChartType.BAR, "Orders by channel", "channel", "orders")),
                SheetSpec.of("Sessions", daily)
                        .withChart(ChartSpec.of(ChartType.LINE, "Daily sessions", "day", "web sessions",
                                "app sessions").withAxisTitles("Day", "Sessions")),
                SheetSpec.of("Revenue share", channels)
                        .withChart(ChartSpec.of(ChartType.PIE, "Revenue share", "channel", "revenue share"))),
                Path.of(args[0]));
    }
}
