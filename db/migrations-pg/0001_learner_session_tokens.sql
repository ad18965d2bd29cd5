ALTER TABLE "learners" ADD COLUMN "session_hash" text;--> statement-breakpoint
ALTER TABLE "learners" ADD COLUMN "legacy_session_until" bigint;--> statement-breakpoint
-- Learners signed in before session tokens keep their place: their cookie (id and session version) is
-- accepted for 31 days (longer than any such cookie lasts) and swapped for a token on first use.
UPDATE "learners" SET "legacy_session_until" = (floor(extract(epoch from statement_timestamp()) * 1000))::bigint + 2678400000 WHERE "removed_at" IS NULL AND "preview_tutor_id" IS NULL;
