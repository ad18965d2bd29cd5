ALTER TABLE `assignments` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `assignments` ADD `late_work` text DEFAULT 'accept' NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `max_attempts` integer;--> statement-breakpoint
ALTER TABLE `assignments` ADD `marks_release` text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `marks_released_at` integer;--> statement-breakpoint
ALTER TABLE `attempts` ADD `late` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `attempts` ADD `void_kind` text;--> statement-breakpoint
ALTER TABLE `attempts` ADD `voided_at` integer;--> statement-breakpoint
ALTER TABLE `attempts` ADD `voided_by_tutor_id` integer REFERENCES tutors(id);--> statement-breakpoint
ALTER TABLE `attempts` ADD `void_reason` text;--> statement-breakpoint
ALTER TABLE `learners` ADD `preview_tutor_id` integer REFERENCES tutors(id);--> statement-breakpoint
CREATE UNIQUE INDEX `learners_preview_tutor` ON `learners` (`preview_tutor_id`);