package com.touchpoint.analysis.segment;

import java.util.List;

/** The customer's RFM group is one of {@code groups} (group keys, e.g. "champions"); customers without orders in the RFM window have no group. */
public record RfmCondition(List<String> groups) implements Condition {

    public RfmCondition {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
