package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** How one kind of row is written to its file, cleanly and in each realistic broken form. */
public interface RowFormat<T> {

    /** The row as a clean line, without line ending. */
    String clean(T row);

    /** The ways this row can be broken (for example no amount problem for a row without an amount). */
    List<BrokenReason> reasons(T row);

    /** The row broken for {@code reason}, which is one of {@link #reasons(Object)}. */
    String broken(T row, BrokenReason reason, SplittableRandom rng);

    /** Replaces the text of field {@code index} in a delimited line (fields hold no quoted delimiters here). */
    static String replaceField(String line, char delimiter, int index, String value) {
        String[] fields = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        fields[index] = value;
        return String.join(String.valueOf(delimiter), fields);
    }

    /** An unparseable time in one of the forms seen in real exports. */
    static String badTime(SplittableRandom rng, String impossibleDate) {
        return rng.nextBoolean() ? impossibleDate : "yesterday";
    }
}
