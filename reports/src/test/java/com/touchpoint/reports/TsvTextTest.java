package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.Table;

class TsvTextTest {

    @Test
    void tabSeparatedWithHeaderQuotingOnlyTabsQuotesAndLineBreaks() {
        // Commas need no quotes between tabs; the tab inside 渠道\t门店 does.
        String expected = "name\tvalue\tusers\tday\n"
                + "plain\t1.5\t10\t2024-03-01\n"
                + "has, comma\t10000000\t\t2024-03-02\n"
                + "\"say \"\"hi\"\"\"\t\t30\t2024-03-03\n"
                + "\"two\nlines\"\t-0.25\t40\t2024-03-04\n"
                + "\"渠道\t门店\"\t3\t50\t2024-03-05\n";
        assertEquals(expected, TsvText.of(DelimitedTextTables.awkward()));
    }

    @Test
    void dateTimesAreIsoWithASpaceInstantsInUtcAndBooleansPlain() {
        Table table = Table.create("t",
                DateTimeColumn.create("local", List.of(LocalDateTime.of(2024, 3, 1, 9, 30, 5))),
                InstantColumn.create("utc", List.of(Instant.parse("2024-03-01T23:59:59Z"))),
                BooleanColumn.create("opted in", true));
        assertEquals("local\tutc\topted in\n2024-03-01 09:30:05\t2024-03-01 23:59:59\ttrue\n", TsvText.of(table));
    }
}
