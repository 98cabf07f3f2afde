package com.touchpoint.datasources.identity;

import java.util.List;
import java.util.Map;

/**
 * What a stitch changed, for writing back to the project store. Apply in this order: insert {@code newIdentifiers}
 * and {@code newEdges}, update {@code changedIdentifiers}; then correct records: first every entry of
 * {@code globalIdMerges} in bulk ({@code set global_id = new where global_id = old}; no old id is also a new one, so
 * the order of entries does not matter), then every entry of {@code movedIdentifiers} by identifier
 * ({@code set global_id = ? where identifier_id = ?}). Records written during the import with
 * {@link IdentityGraph#provisionalGlobalId provisional global ids} are covered too.
 *
 * @param customers          number of customers (connected components, each shared identifier counted as one)
 * @param splits             old global ids (stored or provisional) whose identifiers now belong to several customers
 * @param globalIdMerges     old global id to new global id, where every holder of the old id went to one customer
 * @param changedIdentifiers identifiers loaded from the store whose global id or shared flag changed
 * @param movedIdentifiers   identifiers whose records move individually, as their old global id split
 * @param newIdentifiers     identifiers registered since the last stitch, with their global id and shared flag
 * @param newEdges           links made since the last stitch
 * @param sharedIdentifiers  the shared identifiers among those registered since the last stitch (an import's own),
 *                           for its quality report
 */
public record StitchResult(int customers, int splits, Map<Long, Long> globalIdMerges,
                           IdentifierAssignments changedIdentifiers, IdentifierAssignments movedIdentifiers,
                           NewIdentifiers newIdentifiers, NewEdges newEdges,
                           List<SharedIdentifier> sharedIdentifiers) {

    /** Number of old global ids merged into another customer's. */
    public int merges() {
        return globalIdMerges.size();
    }

    /** True when there is nothing to write back. */
    public boolean changesNothing() {
        return splits == 0 && globalIdMerges.isEmpty() && changedIdentifiers.size() == 0
                && movedIdentifiers.size() == 0 && newIdentifiers.size() == 0 && newEdges.size() == 0;
    }
}
