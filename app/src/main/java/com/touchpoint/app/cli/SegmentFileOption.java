package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.segment.Evaluation;
import com.touchpoint.analysis.segment.SegmentEvaluator;
import com.touchpoint.analysis.segment.SegmentJson;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --file SEGMENT.json} option and evaluating that segment against a project. */
final class SegmentFileOption {

    @Option(names = "--file", required = true, paramLabel = "SEGMENT.json", description = "The segment as JSON.")
    Path file;

    /** @throws AnalysisException when the file cannot be read or the segment cannot be evaluated */
    Evaluation evaluate(ProjectStore store, AudienceData data, long reference) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AnalysisException("Cannot read " + file + ": " + e.getMessage());
        }
        try {
            return new SegmentEvaluator(data, new SegmentLibrary(store).lookup())
                    .evaluate(SegmentJson.read(json), reference, new CancellationToken());
        } catch (AnalysisException e) {
            throw new AnalysisException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
