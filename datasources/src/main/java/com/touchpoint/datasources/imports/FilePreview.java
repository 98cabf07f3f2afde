package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.SniffResult;

/**
 * What the import wizard shows before anything is written: how the file was read, the first rows as parsed, and
 * the mapping Touchpoint would use.
 *
 * @param savedProfile true when the mapping is a profile saved earlier for a file with the same header
 */
public record FilePreview(SniffResult sniff, ReadOptions options, MappingProfile profile, boolean savedProfile) {
}
