CREATE TABLE `identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`profile_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identifiers_kind_value` ON `identifiers` (`kind`,`value`);--> statement-breakpoint
CREATE INDEX `identifiers_profile` ON `identifiers` (`profile_id`);--> statement-breakpoint
CREATE TABLE `identity_links` (
	`from_id` integer NOT NULL,
	`to_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	PRIMARY KEY(`from_id`, `to_id`, `import_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `identity_links_to` ON `identity_links` (`to_id`);--> statement-breakpoint
CREATE TABLE `consent_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`identifier_id` integer NOT NULL,
	`profile_id` integer,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`changed_at` text NOT NULL,
	`source_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consent_events_unique` ON `consent_events` (`identifier_id`,`channel`,`status`,`changed_at`,`source_id`);--> statement-breakpoint
CREATE INDEX `consent_events_profile` ON `consent_events` (`profile_id`,`channel`);--> statement-breakpoint
CREATE INDEX `consent_events_import` ON `consent_events` (`import_id`);--> statement-breakpoint
CREATE TABLE `contact_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`record_key` text NOT NULL,
	`identifier_id` integer NOT NULL,
	`profile_id` integer,
	`attributes` text NOT NULL,
	`observed_at` text,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contact_records_source_key` ON `contact_records` (`source_id`,`record_key`);--> statement-breakpoint
CREATE INDEX `contact_records_profile` ON `contact_records` (`profile_id`);--> statement-breakpoint
CREATE INDEX `contact_records_identifier` ON `contact_records` (`identifier_id`);--> statement-breakpoint
CREATE INDEX `contact_records_import` ON `contact_records` (`import_id`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`record_key` text NOT NULL,
	`identifier_id` integer NOT NULL,
	`profile_id` integer,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`occurred_at` text NOT NULL,
	`day` integer NOT NULL,
	`detail` text,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interactions_source_key` ON `interactions` (`source_id`,`record_key`);--> statement-breakpoint
CREATE INDEX `interactions_profile_day` ON `interactions` (`profile_id`,`day`);--> statement-breakpoint
CREATE INDEX `interactions_identifier` ON `interactions` (`identifier_id`);--> statement-breakpoint
CREATE INDEX `interactions_import` ON `interactions` (`import_id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`ticket_key` text NOT NULL,
	`identifier_id` integer NOT NULL,
	`profile_id` integer,
	`subject` text,
	`description` text,
	`status` text,
	`priority` text,
	`opened_at` text NOT NULL,
	`day` integer NOT NULL,
	`updated_at` text,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_source_key` ON `tickets` (`source_id`,`ticket_key`);--> statement-breakpoint
CREATE INDEX `tickets_profile_day` ON `tickets` (`profile_id`,`day`);--> statement-breakpoint
CREATE INDEX `tickets_identifier` ON `tickets` (`identifier_id`);--> statement-breakpoint
CREATE INDEX `tickets_import` ON `tickets` (`import_id`);--> statement-breakpoint
CREATE TABLE `import_errors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`column` text NOT NULL,
	`value` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_errors_import` ON `import_errors` (`import_id`,`row_number`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`file_bytes` integer DEFAULT 0 NOT NULL,
	`preset` text NOT NULL,
	`encoding` text DEFAULT 'utf-8' NOT NULL,
	`status` text NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`rows_rejected` integer DEFAULT 0 NOT NULL,
	`records_new` integer DEFAULT 0 NOT NULL,
	`records_existing` integer DEFAULT 0 NOT NULL,
	`customers_new` integer DEFAULT 0 NOT NULL,
	`customers_existing` integer DEFAULT 0 NOT NULL,
	`created_by` text NOT NULL,
	`error_message` text,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `customer_metrics` (
	`profile_id` integer PRIMARY KEY NOT NULL,
	`orders` integer NOT NULL,
	`revenue_minor` integer NOT NULL,
	`value_minor` integer NOT NULL,
	`first_day` integer,
	`last_day` integer,
	`recency_days` integer,
	`r` integer,
	`f` integer,
	`m` integer,
	`segment` text,
	`tier` text NOT NULL,
	`stage` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `metric_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`as_of_day` integer NOT NULL,
	`currency` text NOT NULL,
	`settings` text NOT NULL,
	`duration_ms` real NOT NULL,
	`computed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`order_key` text NOT NULL,
	`identifier_id` integer NOT NULL,
	`profile_id` integer,
	`ordered_at` text NOT NULL,
	`day` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`channel` text,
	`status` text,
	`counts` integer DEFAULT 1 NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_source_key` ON `orders` (`source_id`,`order_key`);--> statement-breakpoint
CREATE INDEX `orders_profile_day` ON `orders` (`profile_id`,`day`);--> statement-breakpoint
CREATE INDEX `orders_import` ON `orders` (`import_id`);--> statement-breakpoint
CREATE INDEX `orders_identifier` ON `orders` (`identifier_id`);--> statement-breakpoint
CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`name` text,
	`email` text,
	`phone` text,
	`gender` text,
	`birthday` text,
	`city` text,
	`region` text,
	`country` text,
	`tags` text,
	`first_seen_day` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_key_unique` ON `profiles` (`key`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`preset` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_unique` ON `sources` (`key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);