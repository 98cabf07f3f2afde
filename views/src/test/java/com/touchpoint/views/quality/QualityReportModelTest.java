package com.touchpoint.views.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.imports.QualityReport.ColumnQuality;
import com.touchpoint.datasources.imports.QualityReport.SharedIdentifier;
import com.touchpoint.views.quality.QualityReportModel.ColumnRow;
import com.touchpoint.views.quality.QualityReportModel.Tally;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityReportModelTest {

    /** 8 rows read: 5 loaded, 2 quarantined, 1 duplicate. */
    private static final QualityReport REPORT = new QualityReport("app.csv", "events", "UTF-8", "CSV ,", "app",
            8, 5, 2, 1,
            List.of(new ColumnQuality("device", "device_id", 0, 0), new ColumnQuality("ts", "event_time", 2, 1),
                    new ColumnQuality("note", null, 6, 0)),
            LocalDateTime.of(2026, 8, 1, 2, 0), LocalDateTime.of(2026, 8, 2, 1, 30),
            Map.of("baidu_sem", 1L, "newsletter", 3L, "abc", 1L),
            Map.of("event_time: '…' is not a time", 1L, "no identifier", 1L),
            List.of(new SharedIdentifier("device", "000", 40)), 3, 0);

    @Test
    void columnsGetTheirShareOfMissingValuesOverTheRowsRead() {
        QualityReportModel model = new QualityReportModel();
        model.reportProperty().set(REPORT);

        // ts misses 2 of 8 rows (25%), note 6 of 8 (75%).
        assertEquals(List.of(new ColumnRow("device", "device_id", 0, 0, 0.0),
                new ColumnRow("ts", "event_time", 2, 1, 0.25), new ColumnRow("note", null, 6, 0, 0.75)),
                model.columns());
    }

    @Test
    void unknownChannelsAndReasonsComeMostFrequentFirstThenByName() {
        QualityReportModel model = new QualityReportModel();
        model.reportProperty().set(REPORT);

        assertEquals(List.of(new Tally("newsletter", 3), new Tally("abc", 1), new Tally("baidu_sem", 1)),
                model.unknownChannels());
        assertEquals(List.of(new Tally("event_time: '…' is not a time", 1), new Tally("no identifier", 1)),
                model.quarantineReasons());
        assertEquals(REPORT.sharedIdentifiers(), model.sharedIdentifiers());
    }

    @Test
    void noReportLeavesEveryListEmpty() {
        QualityReportModel model = new QualityReportModel();
        model.reportProperty().set(REPORT);

        model.reportProperty().set(null);

        assertEquals(List.of(), model.columns());
        assertEquals(List.of(), model.unknownChannels());
        assertEquals(List.of(), model.quarantineReasons());
        assertEquals(List.of(), model.sharedIdentifiers());
    }
}
