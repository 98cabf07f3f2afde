package com.touchpoint.datasources.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** H2's own bulk load of a CSV into a fresh file database, the baseline the import benchmark compares against. */
public final class CsvReadBaseline {

    private CsvReadBaseline() {
    }

    /** Loads the CSV with {@code CREATE TABLE … AS SELECT * FROM CSVREAD} into {@code database}; returns rows. */
    public static long load(Path csv, Path database) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE events AS SELECT * FROM CSVREAD('" + csv.toString().replace("'", "''")
                    + "', NULL, 'charset=UTF-8')");
            long rows;
            try (var result = statement.executeQuery("SELECT COUNT(*) FROM events")) {
                result.next();
                rows = result.getLong(1);
            }
            statement.execute("SHUTDOWN");
            return rows;
        }
    }

    public static void delete(Path database) throws IOException {
        Files.deleteIfExists(Path.of(database + ProjectFile.SUFFIX));
    }
}
