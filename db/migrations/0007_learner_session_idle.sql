ALTER TABLE `learners` ADD `session_active_at` integer;--> statement-breakpoint
-- Learners signed in now start their idle clock at the upgrade (LEARNER_IDLE_MINUTES counts from here).
UPDATE `learners` SET `session_active_at` = (unixepoch('subsec') * 1000) WHERE `session_hash` IS NOT NULL;
