package com.touchpoint.attribution.service;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * A four-customer project imported through the real pipeline, with journeys worked out by hand (30-day lookback,
 * direct excluded, data end 2026-08-05 12:00:00.001):
 * <ul>
 *   <li>u1 buys for 100 on Aug 3 10:00 after search (Aug 1) and email (Aug 2 10:00); a feed click on Jun 20 is 44
 *       days earlier, outside the window: search &gt; email, converted.</li>
 *   <li>u2 buys for 60 on Aug 5 12:00 after social (Aug 1), a direct visit (not a touch), push (Aug 4 12:00) and
 *       search (Aug 4 13:00): social &gt; push &gt; search, converted.</li>
 *   <li>u3 buys in store for 40 on Aug 2 after a direct visit only: a conversion with no touch, on (direct).</li>
 *   <li>u4 never buys: email (Aug 3), feed (Aug 5 09:00): email &gt; feed, not converted.</li>
 * </ul>
 * Spend: search 30 + 20 and social 10 inside the data period; feed 99 on Sep 1, after it.
 */
final class TinyProject {

    static final String EVENTS = """
            user_id,event,ts,channel,revenue
            u1,ad_click,2026-06-20T10:00:00Z,feed,
            u1,ad_click,2026-08-01T10:00:00Z,search,
            u1,click,2026-08-02T10:00:00Z,email,
            u1,purchase,2026-08-03T10:00:00Z,web,100
            u2,ad_click,2026-08-01T12:00:00Z,social,
            u2,page_view,2026-08-02T12:00:00Z,direct,
            u2,open,2026-08-04T12:00:00Z,push,
            u2,ad_click,2026-08-04T13:00:00Z,search,
            u2,purchase,2026-08-05T12:00:00Z,app,60
            u3,page_view,2026-08-02T09:00:00Z,direct,
            u3,purchase,2026-08-02T10:00:00Z,store,40
            u4,click,2026-08-03T09:00:00Z,email,
            u4,ad_click,2026-08-05T09:00:00Z,feed,
            """;

    static final String SPEND = """
            date,channel,campaign,cost
            2026-08-01,search,brand,30
            2026-08-04,search,brand,20
            2026-08-02,social,xhs,10
            2026-09-01,feed,douyin,99
            """;

    private TinyProject() {
    }

    /** Creates the project in {@code dir} with the events and the spend imported; the caller closes it. */
    static ProjectStore create(Path dir) throws Exception {
        ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("tiny")));
        ImportService imports = new ImportService(store);
        ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
        imports.importFile(Files.writeString(dir.resolve("events.csv"), EVENTS), request, ImportMonitor.NONE);
        imports.importFile(Files.writeString(dir.resolve("spend.csv"), SPEND), request, ImportMonitor.NONE);
        return store;
    }
}
