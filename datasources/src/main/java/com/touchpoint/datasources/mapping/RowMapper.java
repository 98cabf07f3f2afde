package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.mapping.MappedRow.CustomerRow;
import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.mapping.MappedRow.SpendRow;
import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.read.RawRecord;

import java.util.List;
import java.util.Map;

import static com.touchpoint.datasources.mapping.CanonicalField.*;

/**
 * Maps raw records to canonical rows with a profile compiled once for a header. Orders become purchase events
 * (event type "purchase" and channel "store" unless mapped). Unmapped, non-empty columns go to the row's
 * properties (attributes for customers) as a JSON object. A record that cannot be mapped is rejected with a reason
 * that names the column.
 *
 * <p>Immutable: {@link #map} may be called from several threads. For JSON sources pass the source's live
 * {@link com.touchpoint.datasources.read.RecordSource#header() header}: columns that appear after compiling are
 * named from it when they are written to the properties.
 */
public final class RowMapper {
    private static final String PATH_SEPARATOR = " > ";

    private final FileKind kind;
    private final CompiledFields fields;
    private final PropertiesJson properties;
    private final Map<CanonicalField, TimeFormat> timeFormats;

    private RowMapper(FileKind kind, CompiledFields fields, PropertiesJson properties,
                      Map<CanonicalField, TimeFormat> timeFormats) {
        this.kind = kind;
        this.fields = fields;
        this.properties = properties;
        this.timeFormats = Map.copyOf(timeFormats);
    }

    /**
     * @param header  the file's column names (for JSON the source's live header)
     * @param samples rows aligned with the header, used to detect time formats the profile leaves open
     * @throws MappingException listing every problem: required fields unmapped, columns not in the file, fields
     *                          that do not belong to the kind, time columns in no recognised format
     */
    public static RowMapper compile(MappingProfile profile, List<String> header, List<String[]> samples)
            throws MappingException {
        MappingCompiler compiler = new MappingCompiler(profile, header, samples);
        return new RowMapper(profile.kind(), compiler.fields(), compiler.properties(), compiler.timeFormats());
    }

    public FileKind kind() {
        return kind;
    }

    /** The format each mapped time or date field is read in, chosen or detected. */
    public Map<CanonicalField, TimeFormat> timeFormats() {
        return timeFormats;
    }

    public MappedRow map(RawRecord record) throws RowRejectedException {
        if (record.problem() != null) {
            throw new RowRejectedException(record.problem());
        }
        String[] values = record.values();
        long line = record.line();
        return switch (kind) {
            case EVENTS, ORDERS -> event(line, values);
            case CUSTOMERS -> customer(line, values);
            case SPEND -> spend(line, values);
            case PATHS -> path(line, values);
        };
    }

    private EventRow event(long line, String[] values) throws RowRejectedException {
        Map<IdType, String> ids = fields.identifiers(values);
        String orderId = fields.text(ORDER_ID, values);
        boolean orders = kind == FileKind.ORDERS;
        if (ids.isEmpty() && (!orders || orderId == null)) {
            throw fields.noIdentifier(orders);
        }
        return new EventRow(line, ids, primary(ids), fields.text(CHANNEL, values),
                fields.requiredText(EVENT_TYPE, values), fields.time(EVENT_TIME, values, true),
                fields.text(CAMPAIGN, values), fields.text(ITEM, values), orderId,
                fields.decimal(REVENUE, values, orders), properties.write(values));
    }

    private CustomerRow customer(long line, String[] values) throws RowRejectedException {
        Map<IdType, String> ids = fields.identifiers(values);
        if (ids.isEmpty()) {
            throw fields.noIdentifier(false);
        }
        return new CustomerRow(line, ids, fields.text(NAME, values), fields.text(GENDER, values),
                fields.date(BIRTH_DATE, values, false), fields.text(CITY, values), fields.text(MEMBER_LEVEL, values),
                fields.time(SIGNUP_TIME, values, false), properties.write(values));
    }

    private SpendRow spend(long line, String[] values) throws RowRejectedException {
        return new SpendRow(line, fields.date(SPEND_DATE, values, true), fields.requiredText(CHANNEL, values),
                fields.text(CAMPAIGN, values), fields.decimal(COST, values, true),
                fields.whole(IMPRESSIONS, values, false), fields.whole(CLICKS, values, false));
    }

    private PathRow path(long line, String[] values) throws RowRejectedException {
        String path = normalisedPath(fields.requiredText(PATH, values), fields.label(PATH));
        return new PathRow(line, path, fields.whole(CONVERSIONS, values, true),
                fields.decimal(CONVERSION_VALUE, values, false), fields.whole(NON_CONVERSIONS, values, true));
    }

    /** The strongest identifier's value: the first entry, as identifier maps are ordered by {@link IdType}. */
    private static String primary(Map<IdType, String> ids) {
        return ids.isEmpty() ? null : ids.values().iterator().next();
    }

    /** Steps split on '>' and trimmed, joined by " > " as in the ChannelAttribution layout. */
    private static String normalisedPath(String path, String label) throws RowRejectedException {
        StringBuilder normalised = new StringBuilder(path.length() + 8);
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('>', start);
            if (end < 0) {
                end = path.length();
            }
            String step = path.substring(start, end).strip();
            if (step.isEmpty()) {
                throw new RowRejectedException(label + ": '" + path + "' has an empty step");
            }
            if (!normalised.isEmpty()) {
                normalised.append(PATH_SEPARATOR);
            }
            normalised.append(step);
            start = end + 1;
        }
        return normalised.toString();
    }
}
