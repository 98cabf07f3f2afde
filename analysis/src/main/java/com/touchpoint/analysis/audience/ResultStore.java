package com.touchpoint.analysis.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.segment.SegmentJson;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.store.ComputedProfileRepository;
import com.touchpoint.datasources.store.DefinitionRepository;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StoredProfile;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what the analyst set up (item categories, tag rules, RFM settings) as saved definitions, and the computed
 * tag weights, RFM scores and clusterings as stored per-customer columns keyed by global id, so reopening a project
 * brings them back and they can be re-run with the same parameters.
 */
public final class ResultStore {

    static final String CATEGORIES = "item-categories";
    static final String TAG_SETTINGS = "tag-settings";
    static final String RFM_SETTINGS = "rfm-settings";
    static final String DEFAULT = "default";
    static final String TAGS = "tags";
    static final String RFM = "rfm";
    static final String CLUSTERS = "clusters";

    private static final ObjectMapper JSON = SegmentJson.mapper();

    private record TagParameters(TagSettings settings, long referenceMillis) {
    }

    private record RfmParameters(RfmSettings settings, long referenceMillis, double[][] cuts) {
    }

    private record ClusterParameters(List<String> features, int k, long seed, double[][] centres) {
    }

    private final DefinitionRepository definitions;
    private final ComputedProfileRepository profiles;

    public ResultStore(ProjectStore store) {
        this.definitions = new DefinitionRepository(store);
        this.profiles = new ComputedProfileRepository(store);
    }

    public ItemCategories categories() {
        return definitions.load(CATEGORIES, DEFAULT).map(json -> read(json, ItemCategories.class))
                .orElse(ItemCategories.NONE);
    }

    public void saveCategories(ItemCategories categories) {
        definitions.save(CATEGORIES, DEFAULT, write(categories));
    }

    /** The analyst's tag rules, if saved. */
    public Optional<TagSettings> tagSettings() {
        return definitions.load(TAG_SETTINGS, DEFAULT).map(json -> read(json, TagSettings.class));
    }

    public void saveTagSettings(TagSettings settings) {
        definitions.save(TAG_SETTINGS, DEFAULT, write(settings));
    }

    /** The analyst's RFM settings, or the defaults. */
    public RfmSettings rfmSettings() {
        return definitions.load(RFM_SETTINGS, DEFAULT).map(json -> read(json, RfmSettings.class))
                .orElse(RfmSettings.DEFAULT);
    }

    public void saveRfmSettings(RfmSettings settings) {
        definitions.save(RFM_SETTINGS, DEFAULT, write(settings));
    }

    public void saveTags(AudienceData data, TagWeights tags) {
        profiles.save(new StoredProfile(TAGS, DEFAULT, write(new TagParameters(tags.settings(),
                tags.referenceMillis())), OffsetDateTime.now(), data.customerIds(), tags.weights()));
    }

    public void saveRfm(AudienceData data, RfmScores rfm) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("recency", rfm.recencyDays());
        columns.put("frequency", rfm.frequency());
        columns.put("monetary", rfm.monetary());
        columns.put("r", toDoubles(rfm.r()));
        columns.put("f", toDoubles(rfm.f()));
        columns.put("m", toDoubles(rfm.m()));
        profiles.save(new StoredProfile(RFM, DEFAULT, write(new RfmParameters(rfm.settings(), rfm.referenceMillis(),
                rfm.cuts())), OffsetDateTime.now(), data.customerIds(), columns));
    }

    public void saveClustering(AudienceData data, Clustering clustering) {
        double[] assignment = new double[clustering.assignment().length];
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = clustering.assignment()[i];
        }
        profiles.save(new StoredProfile(CLUSTERS, clustering.name(), write(new ClusterParameters(
                clustering.features(), clustering.k(), clustering.seed(), clustering.centres())),
                OffsetDateTime.now(), data.customerIds(), Map.of("cluster", assignment)));
    }

    /** {@code data} with the stored tags, RFM scores and clusterings placed on its customers. */
    public AudienceData withStoredResults(AudienceData data) {
        AudienceData result = data;
        Optional<StoredProfile> tags = profiles.load(TAGS, DEFAULT);
        if (tags.isPresent()) {
            TagParameters p = read(tags.get().parameters(), TagParameters.class);
            Map<String, double[]> weights = new LinkedHashMap<>();
            tags.get().columns().forEach((tag, values) -> weights.put(tag,
                    data.align(tags.get().globalIds(), values, 0)));
            result = result.withTags(new TagWeights(p.settings(), p.referenceMillis(), weights));
        }
        Optional<StoredProfile> rfm = profiles.load(RFM, DEFAULT);
        if (rfm.isPresent()) {
            RfmParameters p = read(rfm.get().parameters(), RfmParameters.class);
            Map<String, double[]> c = rfm.get().columns();
            long[] ids = rfm.get().globalIds();
            result = result.withRfm(new RfmScores(rfmSettings().withWindow(p.settings().window()),
                    p.referenceMillis(), data.align(ids, c.get("recency"), Double.NaN),
                    data.align(ids, c.get("frequency"), 0), data.align(ids, c.get("monetary"), 0),
                    toBytes(data.align(ids, c.get("r"), 0)), toBytes(data.align(ids, c.get("f"), 0)),
                    toBytes(data.align(ids, c.get("m"), 0)), p.cuts()));
        }
        for (String name : profiles.names(CLUSTERS)) {
            StoredProfile stored = profiles.load(CLUSTERS, name).orElseThrow();
            ClusterParameters p = read(stored.parameters(), ClusterParameters.class);
            double[] aligned = data.align(stored.globalIds(), stored.columns().get("cluster"), 0);
            int[] assignment = new int[aligned.length];
            for (int i = 0; i < aligned.length; i++) {
                assignment[i] = (int) aligned[i];
            }
            result = result.withClustering(new Clustering(name, p.features(), p.k(), p.seed(), assignment,
                    p.centres()));
        }
        return result;
    }

    private static double[] toDoubles(byte[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    private static byte[] toBytes(double[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis settings always serialise", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw SegmentJson.problem(e);
        }
    }
}
