package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectStore;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;

/**
 * The project's events as the data browser and the customer timeline page through them. The events' cores stay in
 * memory (about 40 bytes an event, read again only after an import finishes); a query keeps the positions it
 * selects, in its order, so scrolling through its pages only decodes the order ids and properties of the blocks
 * shown, and reads the source user ids of the rows shown. A text filter or a sort by order id reads every block's
 * details once.
 */
public final class EventBrowser {

    /** Shown columns, in order. */
    public static final List<String> COLUMNS = List.of("event_time", "global_id", "source_user_id", "channel",
            "event_type", "campaign", "item", "order_id", "revenue", "properties", "batch_id");
    /** Columns the browser can sort by: all but the properties (see {@link EventOrder}). */
    public static boolean sortable(String column) {
        return !column.equalsIgnoreCase("properties");
    }

    public static final List<Class<?>> TYPES = List.of(LocalDateTime.class, Long.class, String.class, String.class,
            String.class, String.class, String.class, String.class, BigDecimal.class, String.class, Long.class);

    static final int ORDER_ID = 0;
    static final int PROPERTIES = 1;
    private static final int CACHED_BLOCKS = 64;

    private final ProjectStore store;
    private final EventBlockRepository blocks;
    private EventBlockRepository.Version version;
    private StoredEvents events;
    /** The last filter's selection in storage order, and the last sorted query's positions. */
    private EventQuery lastFilter;
    private int[] lastSelection;
    private EventQuery lastSorted;
    private int[] lastSortedPositions;
    private final Map<Integer, String[][]> details = new LinkedHashMap<>(CACHED_BLOCKS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String[][]> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };

    public EventBrowser(ProjectStore store) {
        this.store = store;
        this.blocks = new EventBlockRepository(store);
    }

    /**
     * How many events the query selects. Loading and selecting stop with a {@link CancellationException} once
     * {@code superseded} turns true, so a newer query does not wait for an outdated one.
     */
    public synchronized long count(EventQuery query, BooleanSupplier superseded) {
        return positions(query, superseded).length;
    }

    /** Rows of {@link #COLUMNS}, from {@code offset} in the query's order. */
    public synchronized List<Object[]> page(EventQuery query, long offset, int limit) {
        int[] positions = positions(query, () -> false);
        int from = (int) Math.min(positions.length, offset);
        int to = (int) Math.min(positions.length, offset + limit);
        IntFunction<String> sourceUserIds = sourceUserIds(positions, from, to);
        List<Object[]> rows = new ArrayList<>();
        for (int k = from; k < to; k++) {
            rows.add(row(positions[k], sourceUserIds));
        }
        return rows;
    }

    /**
     * Every event the query selects, in its order, as rows of {@link #COLUMNS}, for an export.
     *
     * @param rowsRead told the number of rows given so far, every {@code progressEvery} rows and at the end; it may
     *                 throw to stop
     */
    public synchronized void forEachRow(EventQuery query, Consumer<Object[]> sink, LongConsumer rowsRead,
                                        int progressEvery) {
        int[] positions = positions(query, () -> false);
        IntFunction<String> sourceUserIds = sourceUserIds(positions, 0, positions.length);
        for (int k = 0; k < positions.length; k++) {
            sink.accept(row(positions[k], sourceUserIds));
            if ((k + 1) % progressEvery == 0) {
                rowsRead.accept(k + 1);
            }
        }
        rowsRead.accept(positions.length);
    }

    /**
     * The source user ids of some rows, by identifier index: looked up one by one for a few rows, read all at once
     * when the rows are many (an export), where one pass over the identifiers is far cheaper.
     */
    private IntFunction<String> sourceUserIds(int[] positions, int from, int to) {
        IdentifierDirectory identifiers = events.identifiers;
        if ((to - from) * 8L > identifiers.size()) {
            String[] all = identifiers.allValues();
            return index -> all[index];
        }
        Set<Integer> wanted = new HashSet<>();
        for (int k = from; k < to; k++) {
            wanted.add(events.identifierIndexes[positions[k]]);
        }
        return identifiers.values(wanted)::get;
    }

    /** The distinct values of the channel or event type column, sorted. */
    public synchronized List<String> distinct(String column) {
        CoreText text = column.equalsIgnoreCase("channel") ? CoreText.CHANNEL : CoreText.EVENT_TYPE;
        return current(() -> false).dictionaries[text.ordinal()].values().stream().sorted().toList();
    }

    private StoredEvents current(BooleanSupplier superseded) {
        EventBlockRepository.Version now = blocks.version();
        if (!now.equals(version)) {
            events = null;
            lastFilter = null;
            lastSelection = null;
            lastSorted = null;
            lastSortedPositions = null;
            details.clear();
            events = StoredEvents.read(store, n -> stopIf(superseded));
            version = now;
        }
        return events;
    }

    /** The positions a query selects, in its order; the count and the pages of one filter share one selection. */
    private int[] positions(EventQuery query, BooleanSupplier superseded) {
        StoredEvents stored = current(superseded);
        EventQuery filter = query.unsorted();
        if (!filter.equals(lastFilter)) {
            lastSelection = select(stored, filter, superseded);
            lastFilter = filter;
        }
        if (query.sortColumn() == null) {
            return lastSelection;
        }
        if (!query.equals(lastSorted)) {
            int[] sorted = lastSelection.clone();
            new EventOrder(stored, this::detail).sort(sorted, query.sortColumn(), query.descending());
            lastSorted = query;
            lastSortedPositions = sorted;
        }
        return lastSortedPositions;
    }

    private int[] select(StoredEvents stored, EventQuery query, BooleanSupplier superseded) {
        IntPredicate keep = filter(stored, query);
        int[] selected = new int[stored.size];
        int count = 0;
        for (int i = 0; i < stored.size; i++) {
            if ((i & 0xFFFF) == 0) {
                stopIf(superseded);
            }
            if (keep.test(i)) {
                selected[count++] = i;
            }
        }
        return Arrays.copyOf(selected, count);
    }

    private static void stopIf(BooleanSupplier superseded) {
        if (superseded.getAsBoolean()) {
            throw new CancellationException("a newer query replaced this one");
        }
    }

    private IntPredicate filter(StoredEvents stored, EventQuery query) {
        IntPredicate keep = i -> true;
        keep = and(keep, codeFilter(stored, CoreText.CHANNEL, query.channel()));
        keep = and(keep, codeFilter(stored, CoreText.EVENT_TYPE, query.eventType()));
        if (query.fromUtc() != null) {
            long from = EventBlockBuilder.micros(query.fromUtc());
            keep = keep.and(i -> stored.timesMicros[i] >= from);
        }
        if (query.toUtc() != null) {
            long to = EventBlockBuilder.micros(query.toUtc());
            keep = keep.and(i -> stored.timesMicros[i] < to);
        }
        if (query.globalId() != null) {
            long globalId = query.globalId();
            keep = keep.and(i -> stored.globalId(i) == globalId);
        }
        if (query.text() != null && !query.text().isBlank()) {
            keep = keep.and(textFilter(stored, query.text().trim().toLowerCase(Locale.ROOT)));
        }
        return keep;
    }

    private static IntPredicate and(IntPredicate keep, IntPredicate more) {
        return more == null ? keep : keep.and(more);
    }

    private static IntPredicate codeFilter(StoredEvents stored, CoreText column, String value) {
        if (value == null) {
            return null;
        }
        int code = stored.dictionaries[column.ordinal()].codeOf(value);
        int[] codes = stored.codes[column.ordinal()];
        return i -> codes[i] == code;
    }

    /** Any text column contains the needle: coded columns are checked once per value, details per event. */
    private IntPredicate textFilter(StoredEvents stored, String needle) {
        boolean[][] codeMatches = new boolean[CoreText.values().length][];
        for (CoreText column : CoreText.values()) {
            Dictionary dictionary = stored.dictionaries[column.ordinal()];
            codeMatches[column.ordinal()] = new boolean[dictionary.size()];
            for (int code = 1; code < dictionary.size(); code++) {
                codeMatches[column.ordinal()][code] = contains(dictionary.value(code), needle);
            }
        }
        boolean[] identifierMatches = stored.identifiers.containing(needle);
        return i -> {
            if (identifierMatches[stored.identifierIndexes[i]]) {
                return true;
            }
            for (int c = 0; c < codeMatches.length; c++) {
                if (codeMatches[c][stored.codes[c][i]]) {
                    return true;
                }
            }
            return contains(detail(i, ORDER_ID), needle) || contains(detail(i, PROPERTIES), needle);
        };
    }

    private static boolean contains(String value, String lowerCaseNeedle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    /** {@link #ORDER_ID} or {@link #PROPERTIES} of the event at a position. */
    private String detail(int position, int which) {
        int block = events.blockOf(position);
        String[][] blockDetails = details.computeIfAbsent(block,
                b -> blocks.details(events.blockBatchIds[b], events.blockNos[b]));
        return blockDetails[which][position - events.blockStarts[block]];
    }

    private Object[] row(int i, IntFunction<String> sourceUserIds) {
        StoredEvents stored = events;
        long micros = stored.timesMicros[i];
        return new Object[]{
                LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC),
                stored.globalId(i),
                sourceUserIds.apply(stored.identifierIndexes[i]),
                text(stored, CoreText.CHANNEL, i),
                text(stored, CoreText.EVENT_TYPE, i),
                text(stored, CoreText.CAMPAIGN, i),
                text(stored, CoreText.ITEM, i),
                detail(i, ORDER_ID),
                EventBlockCodec.revenue(stored.revenueUnits[i]),
                detail(i, PROPERTIES),
                stored.blockBatchIds[stored.blockOf(i)]};
    }

    private static String text(StoredEvents stored, CoreText column, int i) {
        return stored.dictionaries[column.ordinal()].value(stored.codes[column.ordinal()][i]);
    }
}
