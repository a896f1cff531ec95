-- Reports over a year of a million messages (bench/reports.sh): the report's grouped queries read
-- only these covering indexes, never the table's rows (which hold the texts); without them one
-- report took over a minute on MariaDB with its default buffer pool.
CREATE INDEX ix_message_report ON message (organisation_id, detected_at, kind, status, network_id, topic_id,
    executor_id, no_answer_ground, first_answered_at, due_at, interim_answered_at, closed_at, final_due_at,
    current_due_at, first_answer_minutes);
CREATE INDEX ix_message_report_author ON message (organisation_id, detected_at, author_name);
