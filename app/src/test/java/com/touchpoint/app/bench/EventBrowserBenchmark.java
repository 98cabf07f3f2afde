package com.touchpoint.app.bench;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.browse.BrowseTableReader;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data browser over the events of {@link JourneyBenchmark}'s generated project (imported once into the folder
 * given): the first count (which loads the events' cores), a page far down, a channel filter, a sort by time, one
 * customer's timeline, a text search (which reads every block's order ids and properties), a sort by source user
 * id, and reading the whole events table as an export does.
 *
 * <p>Usage: {@code java -Xmx4g -cp … com.touchpoint.app.bench.EventBrowserBenchmark DIR [rows] [users]}; defaults
 * 10,000,000 rows by 1,000,000 users.
 */
public final class EventBrowserBenchmark {

    private EventBrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "journey-benchmark"));
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        ProjectFile project = JourneyBenchmark.generatedProject(dir, rows, users);
        try (ProjectStore store = ProjectStore.open(project)) {
            BrowseRepository browse = new BrowseRepository(store);
            BrowseQuery all = BrowseQuery.all(BrowseTable.EVENTS);
            long events = BenchClock.time("first count (loads the events)", () -> browse.count(all));
            BenchClock.time("a page in the middle", () -> browse.page(all, events / 2, 100));
            BrowseQuery web = all.filtered("web", null, null, null, null);
            long webEvents = BenchClock.time("count channel web", () -> browse.count(web));
            BenchClock.time("web by time, latest first: page 1", () -> browse.page(web.sortedBy("event_time", true),
                    0, 100));
            long customer = (Long) browse.page(all, events / 3, 1).get(0)[1];
            long timeline = BenchClock.time("one customer's timeline", () -> browse.count(all.forCustomer(customer)));
            long found = BenchClock.time("text search '/p/SKU1007'", () -> browse.count(
                    all.filtered(null, null, null, null, "/p/SKU1007")));
            BenchClock.time("sort by source user id: page 1", () -> browse.page(all.sortedBy("source_user_id", false),
                    0, 100));
            long read = BenchClock.time("whole events table into a table", () -> new BrowseTableReader(store, browse)
                    .read(all, n -> { }).rowCount());
            System.out.printf("%,d events (%,d on web; the customer has %,d; the search found %,d; %,d read)%n",
                    events, webEvents, timeline, found, read);
        }
    }
}
