ALTER TABLE "learners" ADD COLUMN "session_active_at" bigint;--> statement-breakpoint
-- Learners signed in now start their idle clock at the upgrade (LEARNER_IDLE_MINUTES counts from here).
UPDATE "learners" SET "session_active_at" = (floor(extract(epoch from statement_timestamp()) * 1000))::bigint WHERE "session_hash" IS NOT NULL;
