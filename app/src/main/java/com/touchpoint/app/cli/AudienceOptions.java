package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.AudienceLoader;
import com.touchpoint.analysis.audience.ReferenceTime;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Option;

import java.time.ZoneId;

/** The {@code --at TIME} and {@code --timezone} options of the analysis commands, and loading the audience. */
final class AudienceOptions {

    @Option(names = "--at", paramLabel = "TIME", description = "Reference time that relative windows end at, e.g. "
            + "2026-08-31, 2026-08-31 18:00 or 2026-08-31T18:00:00+08:00 (default: the project's setting, else "
            + "the latest event).")
    String at;

    @Option(names = "--timezone", paramLabel = "Z", description = "Zone of --at without an offset (default: this "
            + "machine's).")
    ZoneId timeZone = ZoneId.systemDefault();

    AudienceData load(ProjectStore store) {
        return AudienceLoader.load(store, n -> { });
    }

    long reference(ProjectStore store, AudienceData data) {
        return at == null ? ReferenceTime.of(store, data) : ReferenceTime.parse(at, timeZone).toEpochMilli();
    }
}
