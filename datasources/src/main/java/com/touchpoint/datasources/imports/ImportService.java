package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.events.EventBlockRepository;
import com.touchpoint.datasources.identity.IdentifierNormalizer;
import com.touchpoint.datasources.identity.IdentityGraph;
import com.touchpoint.datasources.identity.Pseudonymizer;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.KindDetector;
import com.touchpoint.datasources.mapping.MappingException;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.mapping.MappingSuggester;
import com.touchpoint.datasources.mapping.RowMapper;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.read.FileSniffer;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.RecordSource;
import com.touchpoint.datasources.read.RecordSources;
import com.touchpoint.datasources.read.SniffResult;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.BatchStart;
import com.touchpoint.datasources.store.DefinitionRepository;
import com.touchpoint.datasources.store.ImportBatchInfo;
import com.touchpoint.datasources.store.IdentityRepository;
import com.touchpoint.datasources.store.ImportBatchRepository;
import com.touchpoint.datasources.store.ProjectSettings;
import com.touchpoint.datasources.store.ProjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Imports channel exports into a project: reads, maps, stitches, stores, and reports quality. Either a file's import
 * finishes and everything it brought is in the project, or the project is left exactly as it was.
 */
public final class ImportService {

    static final String MAPPING_KIND = "mapping";

    private final ProjectStore store;
    private final ImportBatchRepository batches;
    private final DefinitionRepository definitions;
    private IdentityGraph graph;
    private LongHashSet fingerprints;

    public ImportService(ProjectStore store) {
        this.store = store;
        this.batches = new ImportBatchRepository(store);
        this.definitions = new DefinitionRepository(store);
        batches.discardUnfinished();
    }

    /** How the file would be read and mapped; writes nothing. */
    public FilePreview preview(Path file, ImportRequest request) throws UnreadableFileException {
        SniffResult detected = FileSniffer.sniffAs(file, request.format());
        ReadOptions options = readOptions(detected, request);
        SniffResult sniff = options.equals(ReadOptions.from(detected)) ? detected : FileSniffer.sniff(file, options);
        Optional<MappingProfile> saved = request.profile() != null ? Optional.empty() : savedProfile(sniff, request);
        MappingProfile profile = request.profile() != null ? request.profile()
                : saved.orElseGet(() -> suggest(file, sniff, request));
        return new FilePreview(sniff, options, profile, saved.isPresent());
    }

    /**
     * Imports one file. A file with exactly the bytes of one imported before adds nothing and says so.
     *
     * @throws UnreadableFileException the file cannot be read at all; nothing changed
     * @throws ImportFailedException   the file cannot be mapped, or loading failed; nothing changed
     * @throws ImportCancelledException the monitor cancelled; nothing changed
     */
    public ImportOutcome importFile(Path file, ImportRequest request, ImportMonitor monitor)
            throws UnreadableFileException, ImportFailedException, ImportCancelledException {
        String sha = sha256(file);
        ImportBatchInfo earlier = batches.finishedWithContent(sha);
        if (earlier != null) {
            return ImportOutcome.alreadyImported(earlier);
        }
        FilePreview preview = preview(file, request);
        MappingProfile profile = preview.profile();
        String fileName = file.getFileName().toString();
        long batchId = batches.begin(new BatchStart(fileName, sha, profile.kind(),
                preview.options().charset().name(), describe(preview.options()),
                profile.sourceZone().getId(), profile.name()));
        try (RecordSource source = new PrefetchedSource(RecordSources.open(file, preview.options()),
                profile.columns().values(), FileSniffer.HEADER_SCAN_RECORDS)) {
            RowMapper mapper = compile(fileName, profile, source.header(), preview.sniff().previewRows());
            ProjectSettings settings = new ProjectSettings(store);
            RowPreparer preparer = new RowPreparer(fileName, mapper, new IdentifierNormalizer(),
                    settings.pseudonymise() ? Pseudonymizer.withSalt(settings.salt()) : Pseudonymizer.disabled(),
                    new QualityCollector());
            QualityReport report = new BatchLoad(store, batchId, fileName, profile, preview, source, preparer,
                    Files.size(file), monitor, graph(), fingerprints()).run();
            definitions.save(MAPPING_KIND, profile.name(), profile.toJson());
            return new ImportOutcome(report, false, null);
        } catch (ImportCancelledException | ImportFailedException | RuntimeException | IOException | SQLException
                 | InterruptedException e) {
            graph = null;
            fingerprints = null;
            batches.discard(batchId);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof ImportCancelledException cancelled) {
                throw cancelled;
            }
            if (e instanceof ImportFailedException failed) {
                throw failed;
            }
            throw new ImportFailedException("The import of " + fileName + " failed and was undone; the project is "
                    + "as it was. Cause: " + e.getMessage(), e);
        }
    }

    private static RowMapper compile(String fileName, MappingProfile profile, List<String> header,
                                     List<String[]> samples) throws ImportFailedException {
        try {
            return RowMapper.compile(profile, header, samples);
        } catch (MappingException e) {
            throw new ImportFailedException(fileName + " cannot be imported as " + profile.kind().name()
                    .toLowerCase() + ": " + e.getMessage(), e);
        }
    }

    /** The identity graph, loaded once and kept in step with the store by every finished import. */
    private IdentityGraph graph() {
        if (graph == null) {
            graph = new IdentityRepository(store).load();
        }
        return graph;
    }

    private LongHashSet fingerprints() {
        if (fingerprints == null) {
            EventBlockRepository events = new EventBlockRepository(store);
            fingerprints = new LongHashSet((int) Math.min(Integer.MAX_VALUE / 4, events.eventCount() + 100_000));
            events.forEachFingerprint(fingerprints::add);
        }
        return fingerprints;
    }

    /** The detected options with what the request sets (the format was already honoured by the sniff). */
    private ReadOptions readOptions(SniffResult sniff, ImportRequest request) {
        ReadOptions detected = ReadOptions.from(sniff);
        return new ReadOptions(detected.format(),
                request.encoding() != null ? request.encoding() : detected.charset(),
                request.delimiter() != null ? request.delimiter() : detected.delimiter());
    }

    private Optional<MappingProfile> savedProfile(SniffResult sniff, ImportRequest request) {
        if (request.mappingName() != null) {
            String json = definitions.load(MAPPING_KIND, request.mappingName())
                    .orElseThrow(() -> new IllegalArgumentException("No saved mapping named '"
                            + request.mappingName() + "'. Saved mappings: " + definitions.names(MAPPING_KIND)));
            return Optional.of(readProfile(json));
        }
        return definitions.loadAll(MAPPING_KIND).stream().map(ImportService::readProfile)
                .filter(p -> p.fits(sniff.header()))
                .filter(p -> request.kind() == null || p.kind() == request.kind())
                .findFirst();
    }

    private static MappingProfile readProfile(String json) {
        try {
            return MappingProfile.fromJson(json);
        } catch (MappingException e) {
            throw new IllegalStateException("A mapping saved in this project cannot be read: " + e.getMessage(), e);
        }
    }

    private static MappingProfile suggest(Path file, SniffResult sniff, ImportRequest request) {
        FileKind kind = request.kind() != null ? request.kind() : KindDetector.detect(sniff.header());
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + " (" + kind.name().toLowerCase()
                + ")";
        return MappingSuggester.suggest(name, sniff.header(), kind, request.timeZone());
    }

    /** How a file is read, in words for the import history: "CSV ;", "NDJSON". */
    static String describe(ReadOptions options) {
        return options.format() != FileFormat.CSV ? options.format().name()
                : "CSV " + (options.delimiter() == '\t' ? "tab" : String.valueOf(options.delimiter()));
    }

    static String sha256(Path file) throws UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UnreadableFileException(file.getFileName() + " cannot be read: " + e.getMessage()
                    + ". Check that the file exists and that you may read it.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
