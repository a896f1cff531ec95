-- Issue 10: the demo data set is an organisation of its own, marked here, so that removing it
-- deletes exactly its rows and real data is untouched by construction.
ALTER TABLE organisation ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
