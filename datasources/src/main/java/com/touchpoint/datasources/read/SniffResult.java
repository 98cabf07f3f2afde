package com.touchpoint.datasources.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link FileSniffer} found out about a file, and a preview of its first records.
 *
 * @param bom         whether the file starts with a byte-order mark
 * @param delimiter   the field separator (CSV only; ',' for JSON formats, where it is unused)
 * @param header      column names, cleaned and unique; for JSON the keys seen in the preview records
 * @param previewRows up to 50 records' values aligned with the header (a row may be shorter than the header)
 */
public record SniffResult(FileFormat format, Charset charset, boolean bom, char delimiter, List<String> header,
                          List<String[]> previewRows, long sizeBytes) {

    public SniffResult {
        header = List.copyOf(header);
        previewRows = List.copyOf(previewRows);
    }
}
