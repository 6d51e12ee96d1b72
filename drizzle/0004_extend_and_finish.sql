ALTER TABLE "assignments" ADD COLUMN "finishing_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "extra_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "attempts_running_deadline_idx" ON "attempts" USING btree ("deadline") WHERE "attempts"."submitted_at" is null and "attempts"."removed_at" is null;