package com.touchpoint.datasources.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeColumnBuilder;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.customers.CustomerAttributes;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads every customer with its properties as columns ({@link CustomerAttributes}). Customers are the distinct
 * global ids of the identifier table and the customer table, so people known only from events, or only from the
 * CRM, are all there. Properties are the customer table's columns ({@value #FIXED_NAMES}) and every key of its JSON
 * {@code attributes}; a key that repeats a column's name is left out.
 */
public final class CustomerAttributesRepository {

    static final String FIXED_NAMES = "display_name, gender, birth_date, city, member_level, signup_time";
    private static final Set<String> FIXED = Set.of(FIXED_NAMES.split(", "));
    private static final String IDS = "SELECT global_id FROM identifier UNION SELECT global_id FROM customer";
    private static final String ROWS = "SELECT global_id, " + FIXED_NAMES + ", attributes FROM customer";
    private static final JsonFactory JSON = new JsonFactory();

    private final ProjectStore store;

    public CustomerAttributesRepository(ProjectStore store) {
        this.store = store;
    }

    public CustomerAttributes load() {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            long[] ids = ids(statement);
            List<AttributeColumnBuilder> fixed = List.of(
                    new AttributeColumnBuilder("display_name", AttributeKind.TEXT, ids.length),
                    new AttributeColumnBuilder("gender", AttributeKind.TEXT, ids.length),
                    new AttributeColumnBuilder("birth_date", AttributeKind.DATE, ids.length),
                    new AttributeColumnBuilder("city", AttributeKind.TEXT, ids.length),
                    new AttributeColumnBuilder("member_level", AttributeKind.TEXT, ids.length),
                    new AttributeColumnBuilder("signup_time", AttributeKind.TIME, ids.length));
            Map<String, AttributeColumnBuilder> extra = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(ROWS)) {
                while (rows.next()) {
                    int index = Arrays.binarySearch(ids, rows.getLong(1));
                    for (int c = 0; c < 6; c++) {
                        fixed.get(c).set(index, text(rows.getObject(c + 2)));
                    }
                    readJson(rows.getString(8), index, ids.length, extra);
                }
            }
            List<AttributeColumn> columns = new ArrayList<>();
            fixed.forEach(b -> columns.add(b.build(ids.length)));
            extra.values().forEach(b -> columns.add(b.build(ids.length)));
            return new CustomerAttributes(ids, columns);
        } catch (SQLException | IOException e) {
            throw new ProjectException("The customers of " + store.file().displayName() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static long[] ids(Statement statement) throws SQLException {
        long[] ids = new long[1024];
        int count = 0;
        try (ResultSet rows = statement.executeQuery(IDS)) {
            while (rows.next()) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                }
                ids[count++] = rows.getLong(1);
            }
        }
        long[] sorted = Arrays.copyOf(ids, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private static String text(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.toString();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value == null ? null : value.toString();
    }

    /** Reads a flat JSON object of property values; nested objects and arrays are skipped. */
    private static void readJson(String json, int index, int customers, Map<String, AttributeColumnBuilder> extra)
            throws IOException {
        if (json == null || json.isBlank()) {
            return;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token.isStructStart()) {
                    parser.skipChildren();
                    continue;
                }
                String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
                if (!FIXED.contains(key)) {
                    extra.computeIfAbsent(key, k -> new AttributeColumnBuilder(k, null, customers)).set(index, value);
                }
            }
        }
    }
}
