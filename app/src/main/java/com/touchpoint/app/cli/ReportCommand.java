package com.touchpoint.app.cli;

import picocli.CommandLine.Command;

/** Groups the report workbooks; each is one subcommand. */
@Command(name = "report", description = "Write a report workbook (.xlsx).",
        subcommands = {AttributionReportCommand.class})
final class ReportCommand {
}
