-- Events are stored as compressed column blocks of up to 8,192 events of one import batch, not as rows: an import
-- then costs encoding instead of one SQL insert per event, and analyses load a project's events in one pass.
-- core:         identifier id, time (UTC epoch microseconds), channel, event type, campaign, item and revenue
-- details:      order id and properties, read only when an event is shown
-- fingerprints: 64-bit content fingerprints, read to de-duplicate the next import
-- An event's customer is its identifier's global id, so stitching never rewrites events.
CREATE TABLE event_block (
  batch_id     BIGINT  NOT NULL,
  block_no     INT     NOT NULL,
  row_count    INT     NOT NULL,
  core         BLOB    NOT NULL,
  details      BLOB    NOT NULL,
  fingerprints BLOB    NOT NULL,
  CONSTRAINT pk_event_block PRIMARY KEY (batch_id, block_no)
);

-- Events per channel of each import batch (channel NULL: events without one), for project counts without decoding.
CREATE TABLE event_count (
  batch_id BIGINT      NOT NULL,
  channel  VARCHAR(60),
  events   BIGINT      NOT NULL
);
