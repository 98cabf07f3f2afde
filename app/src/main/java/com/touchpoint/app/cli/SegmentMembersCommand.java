package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.segment.MemberTable;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.reports.CsvTableWriter;
import com.touchpoint.reports.SheetSpec;
import com.touchpoint.reports.TsvText;
import com.touchpoint.reports.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "members", description = {"List a segment's members with their key attributes: to the terminal "
        + "(tab-separated), or to a .csv or .xlsx file.",
    "Exit code 2 when the segment cannot be read or evaluated, or the file cannot be written."})
final class SegmentMembersCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Mixin
    SegmentFileOption segment;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--out", paramLabel = "FILE", description = "Write FILE.csv or FILE.xlsx instead of printing.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectStore store = project.open()) {
            AudienceData data = audience.load(store);
            Table members = MemberTable.all(data, segment.evaluate(store, data, audience.reference(store, data))
                    .members());
            if (out == null) {
                spec.commandLine().getOut().print(TsvText.of(members));
                spec.commandLine().getOut().flush();
            } else {
                write(members);
                err.printf("%,d members written to %s%n", members.rowCount(), out);
            }
            return 0;
        } catch (AnalysisException | IOException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            err.flush();
        }
    }

    private void write(Table members) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            new CsvTableWriter().write(members, out);
        } else if (name.endsWith(".xlsx")) {
            new WorkbookWriter().write(List.of(SheetSpec.of("Members", members)), out);
        } else {
            throw new IOException("--out must name a .csv or .xlsx file, not " + out.getFileName());
        }
    }
}
