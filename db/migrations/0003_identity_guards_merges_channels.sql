CREATE TABLE `identity_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_id` integer NOT NULL,
	`to_id` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `identifiers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `identifiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `identity_merges_from` ON `identity_merges` (`from_id`);--> statement-breakpoint
CREATE INDEX `identity_merges_to` ON `identity_merges` (`to_id`);--> statement-breakpoint
CREATE TABLE `identity_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule` text NOT NULL,
	`identifier_id` integer NOT NULL,
	`other_id` integer DEFAULT 0 NOT NULL,
	`profile_ids` text NOT NULL,
	`detail` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identity_reviews_case` ON `identity_reviews` (`rule`,`identifier_id`,`other_id`);--> statement-breakpoint
CREATE INDEX `identity_reviews_other` ON `identity_reviews` (`other_id`);--> statement-breakpoint
CREATE INDEX `identity_reviews_status` ON `identity_reviews` (`status`);--> statement-breakpoint
CREATE TABLE `identity_split_members` (
	`split_id` integer NOT NULL,
	`identifier_id` integer NOT NULL,
	`side` integer NOT NULL,
	PRIMARY KEY(`split_id`, `identifier_id`),
	FOREIGN KEY (`split_id`) REFERENCES `identity_splits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`identifier_id`) REFERENCES `identifiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `identity_split_members_identifier` ON `identity_split_members` (`identifier_id`);--> statement-breakpoint
CREATE TABLE `identity_splits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`profile_id` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `profile_channels` (
	`profile_id` integer PRIMARY KEY NOT NULL,
	`reach_channel` text,
	`buy_channel` text,
	`interactions` integer NOT NULL,
	`orders` integer NOT NULL,
	`counts` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `profile_channels_reach` ON `profile_channels` (`reach_channel`);--> statement-breakpoint
CREATE INDEX `profile_channels_buy` ON `profile_channels` (`buy_channel`);--> statement-breakpoint
CREATE TABLE `resolution_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mode` text NOT NULL,
	`identifiers` integer NOT NULL,
	`links` integer NOT NULL,
	`last_link_rowid` integer NOT NULL,
	`last_import_id` integer NOT NULL,
	`rolled_back` integer NOT NULL,
	`settings_hash` text NOT NULL,
	`scope` integer NOT NULL,
	`profiles` integer NOT NULL,
	`profiles_changed` integer NOT NULL,
	`duration_ms` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `identifiers` ADD `status` text;--> statement-breakpoint
ALTER TABLE `identifiers` ADD `via_id` integer;--> statement-breakpoint
ALTER TABLE `identifiers` ADD `via_rule` text;--> statement-breakpoint
ALTER TABLE `identifiers` ADD `via_ref` integer;