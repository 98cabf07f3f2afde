package com.touchpoint.app.cli;

import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "import", description = {"Import channel exports (CSV/TSV, JSON, NDJSON) into a project, creating it "
        + "if needed, and print a summary per file.",
        "Exit code 0 when every file was readable (even with quarantined rows), 2 otherwise."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--kind", paramLabel = "K", description = "events, orders, customers, spend or paths "
            + "(default: detected from the header).")
    FileKind kind;

    @Option(names = "--mapping", paramLabel = "NAME", description = "A mapping profile saved in the project.")
    String mapping;

    @Option(names = "--encoding", paramLabel = "E", description = "UTF-8, GBK, GB18030, UTF-16… (default: detected).")
    Charset encoding;

    @Option(names = "--format", paramLabel = "F", description = "csv, ndjson or json_array (default: detected); "
            + "e.g. for a CSV export saved with a .json name.")
    FileFormat format;

    @Option(names = "--delimiter", paramLabel = "D", description = "comma, semicolon, tab, pipe or one character "
            + "(default: detected).")
    String delimiter;

    @Option(names = "--timezone", paramLabel = "Z", description = "Zone of times without an offset, e.g. "
            + "Asia/Shanghai (default: this machine's).")
    ZoneId timeZone = ZoneId.systemDefault();

    @Option(names = "--quality", description = "Also print each file's data quality report.")
    boolean quality;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders whose files are all imported.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportRequest request = new ImportRequest(kind, mapping, encoding, delimiterChar(), timeZone, null)
                .withFormat(format);
        int failures = 0;
        try (ProjectStore store = project.openOrCreate()) {
            ImportService service = new ImportService(store);
            for (Path file : expand(paths)) {
                try {
                    ImportOutcome outcome = service.importFile(file, request, ImportMonitor.NONE);
                    out.println(QualityText.summaryLine(file.getFileName().toString(), outcome));
                    if (quality && !outcome.alreadyImported()) {
                        out.print(QualityText.report(outcome.report()));
                    }
                } catch (UnreadableFileException | ImportFailedException | ImportCancelledException e) {
                    failures++;
                    err.println(file.getFileName() + ": " + e.getMessage());
                }
                out.flush();
            }
        }
        err.flush();
        return failures == 0 ? 0 : 2;
    }

    private Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter.toLowerCase()) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            case "pipe" -> '|';
            default -> {
                if (delimiter.length() != 1) {
                    throw new IllegalArgumentException("--delimiter takes comma, semicolon, tab, pipe or one "
                            + "character, not '" + delimiter + "'");
                }
                yield delimiter.charAt(0);
            }
        };
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
