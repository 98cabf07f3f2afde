-- Results computed over all customers (tag weights, RFM scores, cluster assignments), one row per result, its
-- per-customer values packed in one blob. They are always read and written whole, and one blob is written in well
-- under a second where millions of rows through JDBC would take tens of seconds.
CREATE TABLE computed_profile (
  kind        VARCHAR(40)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  parameters  CLOB         NOT NULL,
  computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  customers   INT          NOT NULL,
  data        BLOB         NOT NULL,
  CONSTRAINT pk_computed_profile PRIMARY KEY (kind, name)
);
