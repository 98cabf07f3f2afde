package com.touchpoint.views.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportFileTest {

    @Test
    void suggestedNamesLoseCharactersFileSystemsRefuseAndGetTheExtension() {
        assertEquals("Touchpoint sample 归因.xlsx", ExportFile.EXCEL.fileName("Touchpoint sample 归因"));
        assertEquals("a_b_ c_.csv", ExportFile.CSV.fileName("a/b: c?"));
        assertEquals("export.png", ExportFile.PNG.fileName("  "));
    }

    @Test
    void theExtensionIsAddedOnlyWhenMissing() {
        assertEquals(Path.of("/tmp/report.xlsx"),
                ExportChooser.withExtension(Path.of("/tmp/report"), ExportFile.EXCEL));
        assertEquals(Path.of("/tmp/report.XLSX"),
                ExportChooser.withExtension(Path.of("/tmp/report.XLSX"), ExportFile.EXCEL));
        assertEquals(Path.of("/tmp/report.xlsx.csv"),
                ExportChooser.withExtension(Path.of("/tmp/report.xlsx"), ExportFile.CSV));
    }
}
