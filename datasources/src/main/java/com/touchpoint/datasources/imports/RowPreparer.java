package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.identity.IdentifierNormalizer;
import com.touchpoint.datasources.identity.InvalidIdentifierException;
import com.touchpoint.datasources.identity.Pseudonymizer;
import com.touchpoint.datasources.mapping.MappedRow;
import com.touchpoint.datasources.mapping.MappedRow.CustomerRow;
import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.mapping.RowMapper;
import com.touchpoint.datasources.mapping.RowRejectedException;
import com.touchpoint.datasources.read.RawRecord;
import com.touchpoint.datasources.store.QuarantinedRow;

import java.util.EnumMap;
import java.util.Map;

/**
 * Turns raw records into prepared rows or quarantined ones: maps them, normalises their identifiers, keeps the
 * quality facts. Runs on the reading thread, so the writing thread only does identity and storage.
 */
final class RowPreparer {

    private final String fileName;
    private final RowMapper mapper;
    private final IdentifierNormalizer normalizer;
    private final Pseudonymizer pseudonymizer;
    private final QualityCollector quality;

    RowPreparer(String fileName, RowMapper mapper, IdentifierNormalizer normalizer, Pseudonymizer pseudonymizer,
                QualityCollector quality) {
        this.fileName = fileName;
        this.mapper = mapper;
        this.normalizer = normalizer;
        this.pseudonymizer = pseudonymizer;
        this.quality = quality;
    }

    QualityCollector quality() {
        return quality;
    }

    /** A {@link PreparedRow}, or a {@link QuarantinedRow} saying why the record cannot be loaded. */
    Object prepare(RawRecord record, int headerLength) {
        quality.record(record, headerLength);
        if (record.problem() != null) {
            return quarantine(record, record.problem());
        }
        MappedRow row;
        try {
            row = mapper.map(record);
        } catch (RowRejectedException e) {
            if (e.column() != null) {
                quality.invalid(e.column());
            }
            return quarantine(record, e.getMessage());
        }
        Map<IdType, String> identifiers = row instanceof EventRow event ? event.identifiers()
                : row instanceof CustomerRow customer ? customer.identifiers() : Map.of();
        if (row instanceof EventRow event) {
            quality.time(event.timeUtc());
            quality.channel(event.channel());
        }
        if (identifiers.isEmpty() && (row instanceof EventRow || row instanceof CustomerRow)) {
            return quarantine(record, "no identifier: every identifier column is empty");
        }
        return identifiers.isEmpty() ? new PreparedRow(row, new IdType[0], new String[0])
                : withIdentifiers(record, row, identifiers);
    }

    private Object withIdentifiers(RawRecord record, MappedRow row, Map<IdType, String> raw) {
        EnumMap<IdType, String> normalised = new EnumMap<>(IdType.class);
        String firstProblem = null;
        for (Map.Entry<IdType, String> entry : raw.entrySet()) {
            try {
                String value = normalizer.normalize(entry.getKey(), entry.getValue());
                if (value != null) {
                    normalised.put(entry.getKey(), pseudonymizer.storedValue(entry.getKey(), value));
                }
            } catch (InvalidIdentifierException e) {
                quality.invalid(entry.getKey().name().toLowerCase());
                firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
            }
        }
        if (normalised.isEmpty()) {
            return quarantine(record, firstProblem != null ? firstProblem
                    : "no identifier: every identifier value is empty or a placeholder such as 'null'");
        }
        IdType[] types = normalised.keySet().toArray(IdType[]::new);
        String[] values = normalised.values().toArray(String[]::new);
        for (String value : values) {
            // A String caches its hash: computed here, on the reading thread, the identity graph's lookups on the
            // busier writing thread find it ready.
            value.hashCode();
        }
        return new PreparedRow(row instanceof EventRow event ? withSourceUserId(event, values[0]) : row, types,
                values);
    }

    /** The event's source user id in its stored form, so a phone or e-mail is kept only as its salted hash. */
    private static EventRow withSourceUserId(EventRow e, String storedPrimary) {
        return new EventRow(e.line(), e.identifiers(), storedPrimary, e.channel(), e.eventType(), e.timeUtc(),
                e.campaign(), e.item(), e.orderId(), e.revenue(), e.properties());
    }

    private QuarantinedRow quarantine(RawRecord record, String reason) {
        quality.quarantined(reason);
        return new QuarantinedRow(fileName, record.line(), reason, record.rawText());
    }
}
