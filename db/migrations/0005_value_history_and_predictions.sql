CREATE TABLE `metric_cache` (
	`key` text NOT NULL,
	`part` integer NOT NULL,
	`data` blob NOT NULL,
	PRIMARY KEY(`key`, `part`)
);
--> statement-breakpoint
CREATE TABLE `metric_dirty_profiles` (
	`profile_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `metric_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `customer_predictions` (
	`profile_id` integer PRIMARY KEY NOT NULL,
	`run_id` integer NOT NULL,
	`p_alive` real NOT NULL,
	`expected_purchases_30d` real NOT NULL,
	`expected_purchases_90d` real NOT NULL,
	`expected_purchases_365d` real NOT NULL,
	`order_value_minor` integer,
	`clv_minor` integer
);
--> statement-breakpoint
CREATE TABLE `prediction_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`as_of_day` integer NOT NULL,
	`unit` text NOT NULL,
	`from_day` integer NOT NULL,
	`to_day` integer NOT NULL,
	`holdout_end_day` integer,
	`horizon_months` integer NOT NULL,
	`margin` real NOT NULL,
	`monthly_discount_rate` real NOT NULL,
	`currency` text NOT NULL,
	`customers` integer NOT NULL,
	`bgnbd` text NOT NULL,
	`gamma_gamma` text NOT NULL,
	`holdout_check` text,
	`duration_ms` real NOT NULL,
	`computed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cohort_cells` (
	`cohort` integer NOT NULL,
	`age` integer NOT NULL,
	`customers` integer NOT NULL,
	`revenue_minor` integer NOT NULL,
	PRIMARY KEY(`cohort`, `age`)
);
--> statement-breakpoint
CREATE TABLE `customer_snapshots` (
	`profile_id` integer PRIMARY KEY NOT NULL,
	`tiers` text NOT NULL,
	`stages` text NOT NULL,
	`segments` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshot_periods` (
	`position` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`start_day` integer NOT NULL,
	`end_day` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `snapshot_periods_key_unique` ON `snapshot_periods` (`key`);--> statement-breakpoint
CREATE TABLE `snapshot_totals` (
	`position` integer NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`customers` integer NOT NULL,
	`value_minor` integer NOT NULL,
	`revenue_minor` integer NOT NULL,
	PRIMARY KEY(`position`, `dimension`, `key`)
);
--> statement-breakpoint
ALTER TABLE `metric_runs` ADD `details` text;