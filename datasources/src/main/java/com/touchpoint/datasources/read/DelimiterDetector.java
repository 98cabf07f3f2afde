package com.touchpoint.datasources.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the field separator among , ; TAB | by parsing a sample with each (quotes honoured, so separators and line
 * breaks inside quoted fields do not count) and keeping the one whose records most often have as many fields as the
 * header; ties go to the one giving more columns.
 */
final class DelimiterDetector {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_RECORDS = 200;

    private DelimiterDetector() {
    }

    /**
     * @param wholeFile whether the sample is the whole file; if not, its last record may be cut and is ignored
     * @return empty when no candidate gives the header two or more columns
     */
    static Optional<Character> detect(String sample, boolean wholeFile) {
        Character best = null;
        double bestConsistency = -1;
        int bestColumns = 0;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, candidate, wholeFile);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int columns = counts.get(0);
            long matching = counts.stream().skip(1).filter(count -> count == columns).count();
            double consistency = counts.size() == 1 ? 1.0 : (double) matching / (counts.size() - 1);
            if (consistency > bestConsistency || (consistency == bestConsistency && columns > bestColumns)) {
                best = candidate;
                bestConsistency = consistency;
                bestColumns = columns;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Integer> fieldCounts(String sample, char delimiter, boolean wholeFile) {
        List<Integer> counts = new ArrayList<>();
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(sample);
        try {
            for (CsvRecord record : reader) {
                counts.add(record.getFieldCount());
                if (counts.size() > MAX_RECORDS) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            return List.of(); // this separator leaves a quote open for the rest of the sample: not the right one
        }
        if (!wholeFile && counts.size() > 1) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }
}
