CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"teacher_key_hash" text NOT NULL,
	"settings" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"question_count" integer NOT NULL,
	"time_limit_seconds" integer,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"student_hash" text NOT NULL,
	"number" integer NOT NULL,
	"display_name" text NOT NULL,
	"seed" text NOT NULL,
	"question_ids" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"score" real,
	"max_score" integer NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "attempts_name_length" CHECK (char_length("attempts"."display_name") between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "join_failures" (
	"client" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"failures" integer NOT NULL,
	CONSTRAINT "join_failures_client_window_start_pk" PRIMARY KEY("client","window_start")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"attempt_id" text NOT NULL,
	"question_id" text NOT NULL,
	"revision" integer NOT NULL,
	"response" jsonb,
	"saved_at" timestamp with time zone NOT NULL,
	"score" real,
	"correct" boolean,
	"answer_text" text,
	CONSTRAINT "responses_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_code_key" ON "assignments" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_student_number_key" ON "attempts" USING btree ("assignment_id","student_hash","number");--> statement-breakpoint
CREATE INDEX "attempts_assignment_idx" ON "attempts" USING btree ("assignment_id");