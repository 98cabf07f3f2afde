-- V4 (a Java migration) moved every event row into event_block.
DROP TABLE event;
