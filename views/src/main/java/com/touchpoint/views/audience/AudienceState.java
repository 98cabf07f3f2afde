package com.touchpoint.views.audience;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.segment.LiveCounter;
import com.touchpoint.analysis.segment.SegmentEvaluator;
import com.touchpoint.analysis.segment.SegmentLibrary;

/**
 * A project's loaded audience and the reference time relative windows end at; replaced as a whole when either
 * changes, so views see both change together.
 *
 * @param referenceIsLatest whether the reference time is the latest event (the analyst chose none)
 */
public record AudienceState(AudienceData data, long referenceMillis, boolean referenceIsLatest) {

    /** Evaluates segments over this audience at this reference time, looking referenced segments up in the library. */
    public LiveCounter.Counter counter(SegmentLibrary library) {
        SegmentEvaluator evaluator = new SegmentEvaluator(data, library.lookup());
        return (segment, token) -> evaluator.evaluate(segment, referenceMillis, token);
    }

    /** The same reference time over another audience, e.g. one with new RFM scores. */
    public AudienceState withData(AudienceData newData) {
        return new AudienceState(newData, referenceMillis, referenceIsLatest);
    }
}
