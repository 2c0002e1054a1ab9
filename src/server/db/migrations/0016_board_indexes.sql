DROP INDEX "workshop_jobs_point_status_idx";--> statement-breakpoint
CREATE INDEX "attendance_point_date_idx" ON "attendance" USING btree ("service_point_id","local_date");--> statement-breakpoint
CREATE INDEX "job_clocks_point_ended_idx" ON "job_clocks" USING btree ("service_point_id","ended_at");--> statement-breakpoint
CREATE INDEX "workshop_jobs_point_status_idx" ON "workshop_jobs" USING btree ("service_point_id","status","finished_at");