package com.touchpoint.sampledata.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.sampledata.files.PathReport;
import com.touchpoint.sampledata.world.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathRecorderTest {

    private static final long DAY = 86_400;

    @Test
    void journeysEndAtConversionsMergeRepeatsAndRespectTheLookback() {
        PathRecorder paths = new PathRecorder(3);
        // person 0: search, search (merged), email, then buys on day 3 for 100.00
        paths.touch(0, Channel.SEARCH, 0);
        paths.touch(0, Channel.SEARCH, DAY);
        paths.touch(0, Channel.EMAIL, 2 * DAY);
        paths.conversion(0, 3 * DAY, 100_00);
        // then a social touch that leads nowhere: a path without conversion
        paths.touch(0, Channel.SOCIAL, 4 * DAY);
        // person 1: feed on day 0 is older than 30 days when they buy on day 40 after an sms on day 39
        paths.touch(1, Channel.FEED, 0);
        paths.touch(1, Channel.SMS, 39 * DAY);
        paths.conversion(1, 40 * DAY, 50_00);
        // person 2: buys with no touch at all, twice
        paths.conversion(2, DAY, 20_00);
        paths.conversion(2, 2 * DAY, 30_00);

        List<PathReport.Path> rows = paths.finish();

        assertEquals(List.of(
                new PathReport.Path("direct", 2, 50_00, 0),
                new PathReport.Path("search > email", 1, 100_00, 0),
                new PathReport.Path("sms", 1, 50_00, 0),
                new PathReport.Path("social", 0, 0, 1)), rows);
    }
}
