CREATE TABLE `campaign_members` (
	`campaign_id` integer NOT NULL,
	`profile_id` integer NOT NULL,
	`anchor_identifier_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`variant_id` integer NOT NULL,
	`holdout` integer NOT NULL,
	PRIMARY KEY(`campaign_id`, `profile_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_members_anchor` ON `campaign_members` (`anchor_identifier_id`);--> statement-breakpoint
CREATE TABLE `campaign_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`expected_response` real,
	`contact_limit` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_targets_campaign` ON `campaign_targets` (`campaign_id`,`position`);--> statement-breakpoint
CREATE TABLE `campaign_transitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`by_user` integer,
	`note` text,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_transitions_campaign` ON `campaign_transitions` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `campaign_variants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`label` text NOT NULL,
	`channel` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`offer` text DEFAULT '' NOT NULL,
	`weight` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `campaign_targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_variants_target` ON `campaign_variants` (`target_id`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`goal` text NOT NULL,
	`core_message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`start_day` integer NOT NULL,
	`end_day` integer NOT NULL,
	`attribution_days` integer NOT NULL,
	`holdout_share` real NOT NULL,
	`currency` text NOT NULL,
	`fixed_cost_minor` integer DEFAULT 0 NOT NULL,
	`cost_per_contact_minor` integer DEFAULT 0 NOT NULL,
	`budget_minor` integer DEFAULT 0 NOT NULL,
	`margin_rate` real NOT NULL,
	`exclude_buyers_days` integer,
	`created_by` integer,
	`approved_by` integer,
	`review_note` text,
	`frozen_funnel` text,
	`launched_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
