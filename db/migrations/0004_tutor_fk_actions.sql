PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`learner_id` integer NOT NULL,
	`assignment_id` integer,
	`scenario_id` text NOT NULL,
	`workspace_id` integer NOT NULL,
	`status` text NOT NULL,
	`clock_minutes` integer DEFAULT 0 NOT NULL,
	`action_count` integer DEFAULT 0 NOT NULL,
	`progress` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`submitted_at` integer,
	`report` text,
	`total_percent` integer,
	`band` text,
	`late` integer DEFAULT false NOT NULL,
	`void_kind` text,
	`voided_at` integer,
	`voided_by_tutor_id` integer,
	`void_reason` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by_tutor_id`) REFERENCES `tutors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_attempts`("id", "learner_id", "assignment_id", "scenario_id", "workspace_id", "status", "clock_minutes", "action_count", "progress", "created_at", "submitted_at", "report", "total_percent", "band", "late", "void_kind", "voided_at", "voided_by_tutor_id", "void_reason", "updated_at") SELECT "id", "learner_id", "assignment_id", "scenario_id", "workspace_id", "status", "clock_minutes", "action_count", "progress", "created_at", "submitted_at", "report", "total_percent", "band", "late", "void_kind", "voided_at", "voided_by_tutor_id", "void_reason", "updated_at" FROM `attempts`;--> statement-breakpoint
DROP TABLE `attempts`;--> statement-breakpoint
ALTER TABLE `__new_attempts` RENAME TO `attempts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `attempts_learner` ON `attempts` (`learner_id`,`scenario_id`);--> statement-breakpoint
CREATE INDEX `attempts_assignment` ON `attempts` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `__new_learners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_id` integer,
	`display_name` text NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`access_reset_at` integer,
	`removed_at` integer,
	`preview_tutor_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`preview_tutor_id`) REFERENCES `tutors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_learners`("id", "class_id", "display_name", "session_version", "access_reset_at", "removed_at", "preview_tutor_id", "created_at") SELECT "id", "class_id", "display_name", "session_version", "access_reset_at", "removed_at", "preview_tutor_id", "created_at" FROM `learners`;--> statement-breakpoint
DROP TABLE `learners`;--> statement-breakpoint
ALTER TABLE `__new_learners` RENAME TO `learners`;--> statement-breakpoint
CREATE INDEX `learners_class` ON `learners` (`class_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `learners_preview_tutor` ON `learners` (`preview_tutor_id`);