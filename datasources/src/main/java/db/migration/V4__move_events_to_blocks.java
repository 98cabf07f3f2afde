package db.migration;

import com.touchpoint.datasources.events.EventRowsToBlocks;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Moves a project's event rows into event blocks (V3 made the table, V5 drops the rows' table). */
public class V4__move_events_to_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        EventRowsToBlocks.move(context.getConnection());
    }
}
