package com.touchpoint.datasources.imports;

/** Receives an import's progress and tells it when the analyst cancelled. Called from the importing thread. */
public interface ImportMonitor {

    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(long bytesDone, long bytesTotal, long rowsRead) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long bytesDone, long bytesTotal, long rowsRead);

    boolean isCancelled();
}
