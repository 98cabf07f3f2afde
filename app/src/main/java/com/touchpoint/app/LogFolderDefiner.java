package com.touchpoint.app;

import ch.qos.logback.core.PropertyDefinerBase;
import com.touchpoint.views.settings.DataFolder;

/** Tells logback.xml where the log folder is: {@code logs} in the data folder. */
public final class LogFolderDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return DataFolder.current().logFolder().toString();
    }
}
