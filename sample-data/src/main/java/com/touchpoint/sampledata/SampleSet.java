package com.touchpoint.sampledata;

import com.touchpoint.sampledata.files.Exports;
import com.touchpoint.sampledata.files.FileLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The small set shipped inside the app ({@link SampleSpec#shipped()}: 1,500 people, 90 days, seed 42), kept as
 * classpath resources so the app can copy it out and import it like any other exports.
 */
public final class SampleSet {

    /** Classpath folder of the shipped files. */
    public static final String RESOURCE_FOLDER = "/com/touchpoint/sampledata/shipped/";

    private SampleSet() {
    }

    /** Names of the shipped files: every export and {@code manifest.json}. */
    public static List<String> shippedFiles() {
        List<String> names = new ArrayList<>();
        for (FileLayout layout : Exports.layouts()) {
            names.add(layout.name());
        }
        names.add(SampleGenerator.MANIFEST);
        return List.copyOf(names);
    }

    /** Copies the shipped files into {@code dir} (created if missing, same-named files replaced). */
    public static List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String name : shippedFiles()) {
            try (InputStream in = SampleSet.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IOException("The shipped sample file " + name + " is missing from the classpath ("
                            + RESOURCE_FOLDER + "); rebuild the sample-data module");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
        }
        return written;
    }
}
