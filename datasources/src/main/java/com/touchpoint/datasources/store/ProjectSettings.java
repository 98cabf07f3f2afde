package com.touchpoint.datasources.store;

import com.touchpoint.datasources.identity.IdType;
import org.jooq.DSLContext;

import java.security.SecureRandom;
import java.util.HexFormat;

import static com.touchpoint.datasources.schema.Tables.PROJECT_SETTING;

/** Per-project settings kept in the project file: the pseudonymisation salt and switch, and similar. */
public final class ProjectSettings {

    static final String SALT = "identity.salt";
    static final String PSEUDONYMISE = "identity.pseudonymise";

    private final DSLContext dsl;

    public ProjectSettings(ProjectStore store) {
        this.dsl = store.dsl();
    }

    static void initialise(DSLContext dsl) {
        if (read(dsl, SALT) == null) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            write(dsl, SALT, HexFormat.of().formatHex(salt));
            write(dsl, PSEUDONYMISE, "true");
        }
    }

    public byte[] salt() {
        return HexFormat.of().parseHex(read(dsl, SALT));
    }

    /** Whether personal identifiers ({@link IdType#isPersonal()}) are stored as salted hashes. */
    public boolean pseudonymise() {
        return Boolean.parseBoolean(read(dsl, PSEUDONYMISE));
    }

    /** Applies to identifiers imported from now on; values already stored keep their form. */
    public void setPseudonymise(boolean on) {
        write(dsl, PSEUDONYMISE, Boolean.toString(on));
    }

    public String get(String key) {
        return read(dsl, key);
    }

    public void put(String key, String value) {
        write(dsl, key, value);
    }

    private static String read(DSLContext dsl, String key) {
        return dsl.select(PROJECT_SETTING.SETTING_VALUE).from(PROJECT_SETTING)
                .where(PROJECT_SETTING.SETTING_KEY.eq(key)).fetchOne(PROJECT_SETTING.SETTING_VALUE);
    }

    private static void write(DSLContext dsl, String key, String value) {
        dsl.insertInto(PROJECT_SETTING, PROJECT_SETTING.SETTING_KEY, PROJECT_SETTING.SETTING_VALUE)
                .values(key, value)
                .onDuplicateKeyUpdate().set(PROJECT_SETTING.SETTING_VALUE, value)
                .execute();
    }
}
