CREATE TABLE `profile_aliases` (
	`old_id` integer PRIMARY KEY NOT NULL,
	`profile_id` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `profile_aliases_profile` ON `profile_aliases` (`profile_id`);