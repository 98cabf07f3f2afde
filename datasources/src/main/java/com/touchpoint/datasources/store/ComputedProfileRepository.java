package com.touchpoint.datasources.store;

import org.jooq.DSLContext;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import static com.touchpoint.datasources.schema.Tables.COMPUTED_PROFILE;

/**
 * Saves and loads {@link StoredProfile}s. The per-customer columns are packed into one deflated blob (format
 * version 1: customer count, global ids, column count, then each column's name and values), since they are
 * always read and written whole.
 */
public final class ComputedProfileRepository {

    private static final int FORMAT = 1;

    private final DSLContext dsl;
    private final ProjectStore store;

    public ComputedProfileRepository(ProjectStore store) {
        this.store = store;
        this.dsl = store.dsl();
    }

    /** Saves a result, replacing the one of the same kind and name. */
    public void save(StoredProfile profile) {
        byte[] data = pack(profile);
        dsl.insertInto(COMPUTED_PROFILE)
                .set(COMPUTED_PROFILE.KIND, profile.kind()).set(COMPUTED_PROFILE.NAME, profile.name())
                .set(COMPUTED_PROFILE.PARAMETERS, profile.parameters())
                .set(COMPUTED_PROFILE.COMPUTED_AT, profile.computedAt())
                .set(COMPUTED_PROFILE.CUSTOMERS, profile.globalIds().length)
                .set(COMPUTED_PROFILE.DATA, data)
                .onDuplicateKeyUpdate()
                .set(COMPUTED_PROFILE.PARAMETERS, profile.parameters())
                .set(COMPUTED_PROFILE.COMPUTED_AT, profile.computedAt())
                .set(COMPUTED_PROFILE.CUSTOMERS, profile.globalIds().length)
                .set(COMPUTED_PROFILE.DATA, data)
                .execute();
    }

    public Optional<StoredProfile> load(String kind, String name) {
        return dsl.selectFrom(COMPUTED_PROFILE)
                .where(COMPUTED_PROFILE.KIND.eq(kind).and(COMPUTED_PROFILE.NAME.eq(name)))
                .fetchOptional()
                .map(r -> unpack(r.getKind(), r.getName(), r.getParameters(), r.getComputedAt(), r.getData()));
    }

    /** Names of the stored results of a kind, alphabetically. */
    public List<String> names(String kind) {
        return dsl.select(COMPUTED_PROFILE.NAME).from(COMPUTED_PROFILE).where(COMPUTED_PROFILE.KIND.eq(kind))
                .orderBy(COMPUTED_PROFILE.NAME).fetch(COMPUTED_PROFILE.NAME);
    }

    public void delete(String kind, String name) {
        dsl.deleteFrom(COMPUTED_PROFILE)
                .where(COMPUTED_PROFILE.KIND.eq(kind).and(COMPUTED_PROFILE.NAME.eq(name))).execute();
    }

    private static byte[] pack(StoredProfile profile) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            out.writeInt(FORMAT);
            long[] ids = profile.globalIds();
            out.writeInt(ids.length);
            for (long id : ids) {
                out.writeLong(id);
            }
            out.writeInt(profile.columns().size());
            for (Map.Entry<String, double[]> column : profile.columns().entrySet()) {
                out.writeUTF(column.getKey());
                for (double value : column.getValue()) {
                    out.writeDouble(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private StoredProfile unpack(String kind, String name, String parameters, OffsetDateTime at,
                                 byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(
                new ByteArrayInputStream(data)), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new ProjectException("The stored " + kind + " '" + name + "' of " + store.file().displayName()
                        + " was written by a newer Touchpoint (format " + format + "); compute it again.");
            }
            long[] ids = new long[in.readInt()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = in.readLong();
            }
            int count = in.readInt();
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int c = 0; c < count; c++) {
                String column = in.readUTF();
                double[] values = new double[ids.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readDouble();
                }
                columns.put(column, values);
            }
            return new StoredProfile(kind, name, parameters, at, ids, columns);
        } catch (IOException e) {
            throw new ProjectException("The stored " + kind + " '" + name + "' of " + store.file().displayName()
                    + " is damaged (" + e.getMessage() + "); compute it again.", e);
        }
    }
}
