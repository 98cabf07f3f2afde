package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import com.touchpoint.sampledata.FileManifest;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One export file being written: rows go in clean, and a set share of them come out broken or twice, each counted
 * for the manifest. Characters the encoding cannot hold fail loudly instead of turning into '?'.
 */
public final class ExportFile<T> implements Closeable {

    private final FileLayout layout;
    private final RowFormat<T> format;
    private final SplittableRandom rng;
    private final double brokenRate;
    private final double duplicateRate;
    private final Writer out;
    private final EnumMap<BrokenReason, Long> broken = new EnumMap<>(BrokenReason.class);
    private long rows;
    private long duplicates;

    /**
     * @param rng           decides which rows break; give each file its own stream
     * @param brokenRate    share of rows written broken
     * @param duplicateRate share of clean rows written a second time right after
     */
    public ExportFile(Path dir, FileLayout layout, RowFormat<T> format, SplittableRandom rng, double brokenRate,
                      double duplicateRate) throws IOException {
        this.layout = layout;
        this.format = format;
        this.rng = rng;
        this.brokenRate = brokenRate;
        this.duplicateRate = duplicateRate;
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(layout.name())),
                layout.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        if (layout.bom()) {
            out.write('\uFEFF');
        }
        if (layout.header() != null) {
            out.write(layout.header());
            out.write(layout.lineEnd());
        }
    }

    /** Writes a row, maybe broken, maybe twice. Returns its clean line, or null when it was written broken. */
    public String write(T row) throws IOException {
        if (rng.nextDouble() < brokenRate) {
            List<BrokenReason> reasons = format.reasons(row);
            if (!reasons.isEmpty()) {
                BrokenReason reason = reasons.get(rng.nextInt(reasons.size()));
                line(format.broken(row, reason, rng));
                broken.merge(reason, 1L, Long::sum);
                return null;
            }
        }
        String clean = format.clean(row);
        line(clean);
        if (rng.nextDouble() < duplicateRate) {
            line(clean);
            duplicates++;
        }
        return clean;
    }

    /** Writes a line that repeats a clean row already exported elsewhere (an overlapping second export). */
    public void writeRepeat(String cleanLine) throws IOException {
        line(cleanLine);
        duplicates++;
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write(layout.lineEnd());
        rows++;
    }

    /** What was written so far. */
    public FileManifest manifest() {
        Map<String, Long> byCode = new TreeMap<>();
        broken.forEach((reason, count) -> byCode.put(reason.code(), count));
        return new FileManifest(layout.name(), layout.charset().name(), layout.bom(), layout.delimiter(),
                layout.header() == null ? 0 : 1, rows, byCode, duplicates);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
