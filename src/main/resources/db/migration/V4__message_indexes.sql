-- Indexes for the grid's other usual questions over a large table (bench/messages.sh, 1 million
-- rows): all of one kind or one status, newest first, and how many there are.
CREATE INDEX ix_message_org_kind_detected ON message (organisation_id, kind, detected_at);
CREATE INDEX ix_message_org_status_detected ON message (organisation_id, status, detected_at);
