package com.touchpoint.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set on the classpath is small and is exactly what the generator makes for {@link SampleSpec#shipped()}. */
class ShippedSetTest {

    private static final long THREE_MB = 3L * 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void extractsEveryShippedFileAndStaysUnderThreeMegabytes() throws IOException {
        List<Path> files = SampleSet.extractTo(tmp.resolve("shipped"));
        assertEquals(SampleSet.shippedFiles().size(), files.size());
        long total = 0;
        for (Path file : files) {
            assertTrue(Files.size(file) > 0, file + " is empty");
            total += Files.size(file);
        }
        assertTrue(total < THREE_MB, "shipped set is " + total + " bytes");
    }

    @Test
    void regeneratingTheShippedSpecGivesTheShippedBytes() throws IOException {
        Path shipped = tmp.resolve("shipped");
        SampleSet.extractTo(shipped);
        Path fresh = tmp.resolve("fresh");
        SampleGenerator.generate(SampleSpec.shipped(), fresh);
        for (String name : SampleSet.shippedFiles()) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(shipped.resolve(name)),
                    name + " is out of date: regenerate the shipped set as GROUND_TRUTH.md says");
        }
    }

    @Test
    void shippedFilesAreTheExportsPlusTheManifest() throws IOException {
        SampleManifest manifest = SampleGenerator.generate(SampleSpec.of(50, 3, 1), tmp);
        List<String> names = manifest.files().stream().map(FileManifest::name).toList();
        assertEquals(names.size() + 1, SampleSet.shippedFiles().size());
        assertTrue(SampleSet.shippedFiles().containsAll(names));
        assertTrue(SampleSet.shippedFiles().contains(SampleGenerator.MANIFEST));
    }
}
