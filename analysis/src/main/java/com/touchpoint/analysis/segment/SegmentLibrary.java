package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.datasources.store.DefinitionRepository;
import com.touchpoint.datasources.store.ProjectStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The segments saved in a project (saved definitions of kind {@value #KIND}, as the JSON of README.md, section Segments). */
public final class SegmentLibrary {

    public static final String KIND = "segment";

    private final DefinitionRepository definitions;

    public SegmentLibrary(ProjectStore store) {
        this.definitions = new DefinitionRepository(store);
    }

    /**
     * Saves a segment under its name, replacing one of the same name.
     *
     * @throws AnalysisException when it refers to a missing segment or, through others, to itself
     */
    public void save(Segment segment) {
        SegmentReferences.check(segment, this::load);
        definitions.save(KIND, segment.name(), SegmentJson.write(segment));
    }

    public Optional<Segment> load(String name) {
        return definitions.load(KIND, name).map(SegmentJson::read);
    }

    /** Every saved segment, by name. */
    public List<Segment> all() {
        return definitions.loadAll(KIND).stream().map(SegmentJson::read).toList();
    }

    /**
     * Deletes a segment.
     *
     * @throws AnalysisException when another saved segment refers to it
     */
    public void delete(String name) {
        List<String> users = all().stream()
                .filter(s -> SegmentReferences.named(s.condition()).contains(name)).map(Segment::name).toList();
        if (!users.isEmpty()) {
            throw new AnalysisException("Segment '" + name + "' is used by " + users
                    + "; remove those references first.");
        }
        definitions.delete(KIND, name);
    }

    /** Looks up saved segments by name, for {@link SegmentEvaluator}. */
    public Function<String, Optional<Segment>> lookup() {
        return this::load;
    }

    /** One row of the segment list. */
    public record Summary(String name, String description, Integer size, String problem) {
    }

    /**
     * Every saved segment with its current size; a segment that cannot be evaluated (say, it uses a tag no
     * longer computed) gets the reason instead of a size.
     */
    public List<Summary> summaries(SegmentEvaluator evaluator, long referenceMillis, CancellationToken token) {
        List<Summary> rows = new ArrayList<>();
        for (Segment segment : all()) {
            try {
                int size = evaluator.evaluate(segment, referenceMillis, token).size();
                rows.add(new Summary(segment.name(), segment.description(), size, null));
            } catch (AnalysisException e) {
                rows.add(new Summary(segment.name(), segment.description(), null, e.getMessage()));
            }
        }
        return rows;
    }
}
