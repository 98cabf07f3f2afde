package com.touchpoint.datasources.paths;

import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.HeaderMatcher;
import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.mapping.MappingException;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.mapping.RowMapper;
import com.touchpoint.datasources.mapping.RowRejectedException;
import com.touchpoint.datasources.read.FileSniffer;
import com.touchpoint.datasources.read.RawRecord;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.RecordSource;
import com.touchpoint.datasources.read.RecordSources;
import com.touchpoint.datasources.read.SniffResult;
import com.touchpoint.datasources.read.UnreadableFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a path report file without a project, with the same reader and mapping an import would use (the encoding,
 * separator and columns are detected), so the rows equal those the project would store. Rows that cannot be read
 * are left out and listed, as an import would quarantine them.
 */
public final class PathReportFile {

    private PathReportFile() {
    }

    /**
     * @throws UnreadableFileException the file cannot be read, or its columns are not those of a path report
     */
    public static PathReport read(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        SniffResult sniff = FileSniffer.sniff(file);
        MappingProfile profile = new MappingProfile(name, FileKind.PATHS, MappingProfile.signatureOf(sniff.header()),
                HeaderMatcher.suggest(sniff.header(), FileKind.PATHS), Map.of(), Map.of(), Map.of(), ZoneOffset.UTC);
        RowMapper mapper;
        try {
            mapper = RowMapper.compile(profile, sniff.header(), sniff.previewRows());
        } catch (MappingException e) {
            throw new UnreadableFileException("'" + name + "' is not a path report with columns path, conversions, "
                    + "value and non-conversions (as in path;total_conversions;total_conversion_value;total_null): "
                    + e.getMessage(), e);
        }
        List<PathRow> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (RecordSource source = RecordSources.open(file, ReadOptions.from(sniff))) {
            for (RawRecord record = source.next(); record != null; record = source.next()) {
                try {
                    rows.add((PathRow) mapper.map(record));
                } catch (RowRejectedException e) {
                    skipped.add("line " + record.line() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("'" + name + "' could not be read: " + e.getMessage(), e);
        }
        return new PathReport(name, rows, skipped);
    }
}
