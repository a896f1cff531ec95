-- The grid's "all of one kind in one status, newest first" (bench/messages.sh: closed
-- publications, some 300,000 of a million rows): with (organisation_id, status, detected_at)
-- alone each candidate row had to be read to check its kind, so counting the matches and
-- sorting them read the table; this index answers both from its own entries.
CREATE INDEX ix_message_org_kind_status_detected ON message (organisation_id, kind, status, detected_at);
