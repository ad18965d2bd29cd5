CREATE TABLE `tutor_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`tutor_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`tutor_id`) REFERENCES `tutors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tutor_sessions_tutor` ON `tutor_sessions` (`tutor_id`);--> statement-breakpoint
ALTER TABLE `tutors` ADD `must_change_password` integer DEFAULT false NOT NULL;