package com.touchpoint.datasources.store;

/** A row that could not be loaded, kept with where it came from and why. */
public record QuarantinedRow(String fileName, long line, String reason, String rawText) {
}
