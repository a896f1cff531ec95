-- Reports (issue 6, R1.13): the first answer of a message (interim or final) and how many working
-- minutes after the detection it came, kept when it is posted, so that the report's quality
-- figures (share in time, median and 90th percentile in working hours) are sums and counts over
-- an index instead of a working-time computation per message.
ALTER TABLE message ADD COLUMN first_answered_at DATETIME(6);
ALTER TABLE message ADD COLUMN first_answer_minutes INT;
