/**
 * Exports of result tables: {@link com.touchpoint.reports.WorkbookWriter} writes Tablesaw tables as formatted
 * .xlsx sheets with optional native charts ({@link com.touchpoint.reports.SheetSpec},
 * {@link com.touchpoint.reports.ChartSpec}); {@link com.touchpoint.reports.CsvTableWriter} writes CSV for Excel;
 * {@link com.touchpoint.reports.TsvText} gives clipboard text.
 */
package com.touchpoint.reports;
