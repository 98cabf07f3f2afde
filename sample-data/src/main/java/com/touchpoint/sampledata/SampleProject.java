package com.touchpoint.sampledata;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the sample project from the shipped exports, the way an analyst would in the import wizard: each file with
 * the mapping Touchpoint suggests, plus the one thing an analyst adds by hand — the channel of the e-mail and SMS
 * files, whose exports carry none.
 */
public final class SampleProject {

    /** The fictional retailer's exports are written in Shanghai local time where they carry no offset. */
    public static final ZoneId SOURCE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<String, String> CHANNEL_OF_FILE = Map.of(
            "email_campaigns.csv", "email",
            "sms_campaigns.tsv", "sms");

    private SampleProject() {
    }

    /** Creates the project and imports every shipped export into it; returns one outcome per file, in order. */
    public static List<ImportOutcome> create(ProjectFile file, ImportMonitor monitor)
            throws IOException, UnreadableFileException, ImportFailedException, ImportCancelledException {
        Path exports = Files.createTempDirectory("touchpoint-sample");
        try (ProjectStore store = ProjectStore.create(file)) {
            return importAll(store, SampleSet.extractTo(exports), monitor);
        } catch (IOException | UnreadableFileException | ImportFailedException | ImportCancelledException
                 | RuntimeException e) {
            Files.deleteIfExists(file.dataFile());
            throw e;
        } finally {
            deleteTree(exports);
        }
    }

    private static List<ImportOutcome> importAll(ProjectStore store, List<Path> files, ImportMonitor monitor)
            throws UnreadableFileException, ImportFailedException, ImportCancelledException {
        ImportService service = new ImportService(store);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path export : files) {
            String name = export.getFileName().toString();
            if (name.equals(SampleGenerator.MANIFEST)) {
                continue;
            }
            ImportRequest request = new ImportRequest(null, null, null, null, SOURCE_ZONE, null);
            String channel = CHANNEL_OF_FILE.get(name);
            if (channel != null) {
                FilePreview preview = service.preview(export, request);
                request = request.withProfile(preview.profile().withConstant(CanonicalField.CHANNEL, channel));
            }
            outcomes.add(service.importFile(export, request, monitor));
        }
        return outcomes;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
