package com.touchpoint.datasources.read;

/** One CSV record as parsed: its starting line, its fields and its text with the original quoting. */
record CsvLine(long line, String[] fields, String text) {
}
