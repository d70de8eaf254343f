-- A trainer may let participants pick their own team and role instead of assigning them.
ALTER TABLE scenario_run ADD COLUMN participants_choose BOOLEAN NOT NULL DEFAULT FALSE AFTER guests_allowed;
