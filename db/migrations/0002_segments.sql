CREATE TABLE `segment_sizes` (
	`segment_id` integer NOT NULL,
	`run_id` integer NOT NULL,
	`as_of_day` integer NOT NULL,
	`customers` integer NOT NULL,
	PRIMARY KEY(`segment_id`, `run_id`),
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `metric_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `segment_sizes_run` ON `segment_sizes` (`run_id`);--> statement-breakpoint
CREATE TABLE `segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`rule` text NOT NULL,
	`owner_id` integer,
	`starter_key` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segments_starter_key_unique` ON `segments` (`starter_key`);--> statement-breakpoint
CREATE INDEX `customer_metrics_tier` ON `customer_metrics` (`tier`,`revenue_minor`,`value_minor`);--> statement-breakpoint
CREATE INDEX `customer_metrics_stage` ON `customer_metrics` (`stage`);--> statement-breakpoint
CREATE INDEX `customer_metrics_segment` ON `customer_metrics` (`segment`,`revenue_minor`);--> statement-breakpoint
CREATE INDEX `customer_metrics_rfm` ON `customer_metrics` (`r`,("f" + "m" + 1) / 2,`f`,`m`);--> statement-breakpoint
CREATE INDEX `profiles_city_gender_birthday` ON `profiles` (`city`,`gender`,`birthday`);--> statement-breakpoint
CREATE INDEX `profiles_region` ON `profiles` (`region`);