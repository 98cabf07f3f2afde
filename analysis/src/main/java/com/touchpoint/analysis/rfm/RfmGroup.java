package com.touchpoint.analysis.rfm;

import com.touchpoint.analysis.audience.AnalysisException;

/**
 * A named region of the R × F grid: customers with R score in {@code rMin..rMax} and F score in {@code fMin..fMax}.
 * {@code key} identifies the group in segments and stays when the analyst renames it; {@code name} is shown.
 */
public record RfmGroup(String key, String name, int rMin, int rMax, int fMin, int fMax) {

    public RfmGroup {
        if (key == null || key.isBlank()) {
            throw new AnalysisException("An RFM group needs a key, such as \"champions\".");
        }
        name = name == null || name.isBlank() ? key : name;
        if (rMin < 1 || rMax > 5 || rMin > rMax || fMin < 1 || fMax > 5 || fMin > fMax) {
            throw new AnalysisException("RFM group '" + key + "' needs scores from 1 to 5 with min ≤ max, not R "
                    + rMin + "–" + rMax + ", F " + fMin + "–" + fMax + ".");
        }
    }

    public boolean contains(int r, int f) {
        return r >= rMin && r <= rMax && f >= fMin && f <= fMax;
    }

    public RfmGroup renamed(String newName) {
        return new RfmGroup(key, newName, rMin, rMax, fMin, fMax);
    }
}
