package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;

import java.util.Optional;
import java.util.function.Function;

/**
 * Evaluates segments over an {@link AudienceData}: {@link #compile} checks a segment (unknown properties or tags,
 * malformed values, references to missing segments, cycles: an {@link com.touchpoint.analysis.audience.AnalysisException}
 * saying what to change) and turns it into lookup tables; the compiled segment evaluates to bits over customer
 * indices, so AND, OR and NOT are word operations, and event conditions scan each customer's events with the window
 * found by binary search.
 */
public final class SegmentEvaluator {

    private final AudienceData data;
    private final Function<String, Optional<Segment>> savedSegments;

    /** @param savedSegments looks up saved segments by name, for segment references */
    public SegmentEvaluator(AudienceData data, Function<String, Optional<Segment>> savedSegments) {
        this.data = data;
        this.savedSegments = savedSegments;
    }

    public AudienceData data() {
        return data;
    }

    /** @param referenceMillis the time relative windows end at (UTC epoch milliseconds) */
    public CompiledSegment compile(Segment segment, long referenceMillis) {
        Node root = new NodeCompiler(data, savedSegments, referenceMillis).compileSegment(segment, true);
        return new CompiledSegment(root, data.size(), referenceMillis);
    }

    /** Compiles and evaluates in one step. */
    public Evaluation evaluate(Segment segment, long referenceMillis, CancellationToken token) {
        return compile(segment, referenceMillis).evaluate(token);
    }

    /** A segment ready to evaluate, any number of times. */
    public static final class CompiledSegment {

        private final Node root;
        private final int universe;
        private final long referenceMillis;

        CompiledSegment(Node root, int universe, long referenceMillis) {
            this.root = root;
            this.universe = universe;
            this.referenceMillis = referenceMillis;
        }

        /** @throws java.util.concurrent.CancellationException when the token is cancelled meanwhile */
        public Evaluation evaluate(CancellationToken token) {
            Run run = new Run(universe, token);
            return new Evaluation(root.evaluate(run), universe, run.counts, run.funnels, referenceMillis);
        }
    }
}
