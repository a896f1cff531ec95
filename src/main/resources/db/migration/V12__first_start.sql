-- Issue 10: the first-start wizard. An organisation is configured once its administrator has
-- completed the wizard (own password, the organisation's officials, working hours); until then
-- the administrator sees only the wizard, and it never runs again afterwards.
ALTER TABLE organisation ADD COLUMN configured_at DATETIME(6);

-- Installations from before the wizard were configured on the organisation page: they count as
-- configured, so an upgrade never shows the wizard.
UPDATE organisation SET configured_at = created_at;
