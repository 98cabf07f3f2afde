package com.touchpoint.datasources.read;

/**
 * One CSV record as parsed: its starting line, its fields, its text with the original quoting, and how many line
 * breaks its quoted fields hold.
 */
record CsvLine(long line, String[] fields, String text, int quotedLineBreaks) {
}
