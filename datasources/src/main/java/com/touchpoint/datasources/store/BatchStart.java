package com.touchpoint.datasources.store;

import com.touchpoint.datasources.mapping.FileKind;

/** What is known about a file when its import starts. */
public record BatchStart(String fileName, String sha256, FileKind kind, String encoding, String delimiter,
                         String timeZone, String mappingName) {
}
