package com.touchpoint.datasources.store;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open project: the H2 file, migrated to the current schema, with a small connection pool.
 * Opening a file that another process holds fails with {@link ProjectLockedException}, never touching the file.
 */
public final class ProjectStore implements AutoCloseable {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2 shares a database between connections of one process, so a second open here must be refused by us. */
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final ProjectFile file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private ProjectStore(ProjectFile file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Creates a new, empty project; refuses to overwrite an existing one. */
    public static ProjectStore create(ProjectFile file) {
        if (Files.exists(file.dataFile())) {
            throw new ProjectException("A project named " + file.displayName()
                    + " already exists there. Open it, or choose another name.");
        }
        return connect(file, true);
    }

    /** Opens an existing project and brings its schema up to date. */
    public static ProjectStore open(ProjectFile file) {
        if (!Files.isRegularFile(file.dataFile())) {
            throw new ProjectException("No project at " + file.dataFile() + ". Check the path, or create a new project.");
        }
        return connect(file, false);
    }

    private static ProjectStore connect(ProjectFile file, boolean creating) {
        if (!OPEN_IN_THIS_PROCESS.add(file.dataFile())) {
            throw new ProjectLockedException(file.dataFile(), null);
        }
        try {
            return connectUnguarded(file, creating);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(file.dataFile());
            throw e;
        }
    }

    private static ProjectStore connectUnguarded(ProjectFile file, boolean creating) {
        JdbcConnectionPool pool = pool(file, creating);
        Path copy = null;
        if (!creating && ProjectUpgrade.isDue(pool)) {
            pool.dispose();
            copy = ProjectUpgrade.keepCopy(file);
            pool = pool(file, false);
        }
        try {
            ProjectUpgrade.flyway(pool).migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            ProjectUpgrade.putBack(copy, file);
            throw new ProjectException("The project " + file.displayName() + " could not be brought up to date: "
                    + ProjectUpgrade.failureBelowFlyway(e) + ". " + ProjectUpgrade.leftAsItWas(copy, file), e);
        }
        ProjectUpgrade.dropCopy(copy);
        ProjectStore store = new ProjectStore(file, pool);
        ProjectSettings.initialise(store.dsl);
        return store;
    }

    private static JdbcConnectionPool pool(ProjectFile file, boolean creating) {
        String url = "jdbc:h2:file:" + file.databasePath()
                + (creating ? "" : ";IFEXISTS=TRUE")
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536;LOCK_TIMEOUT=20000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "touchpoint", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new ProjectLockedException(file.dataFile(), e);
            }
            throw new ProjectException("Touchpoint could not open " + file.dataFile() + ": " + e.getMessage()
                    + ". If the file was copied from another program, it may not be a Touchpoint project.", e);
        }
        return pool;
    }

    public ProjectFile file() {
        return file;
    }

    /** For repositories in this module; other modules ask repositories for records and tables. */
    public DSLContext dsl() {
        return dsl;
    }

    /** A pooled connection for bulk work that jOOQ would slow down (batch inserts); the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new ProjectException("The project " + file.displayName() + " did not close cleanly: "
                    + e.getMessage(), e);
        } finally {
            pool.dispose();
            OPEN_IN_THIS_PROCESS.remove(file.dataFile());
        }
    }
}
