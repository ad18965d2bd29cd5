ALTER TABLE `learners` ADD `session_hash` text;--> statement-breakpoint
ALTER TABLE `learners` ADD `legacy_session_until` integer;--> statement-breakpoint
-- Learners signed in before session tokens keep their place: their cookie (id and session version) is
-- accepted for 31 days (longer than any such cookie lasts) and swapped for a token on first use.
UPDATE `learners` SET `legacy_session_until` = (unixepoch('subsec') * 1000) + 2678400000 WHERE `removed_at` IS NULL AND `preview_tutor_id` IS NULL;
