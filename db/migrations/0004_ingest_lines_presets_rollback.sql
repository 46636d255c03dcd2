CREATE TABLE `import_presets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`definition` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_presets_key_unique` ON `import_presets` (`key`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`order_key` text NOT NULL,
	`line_key` text NOT NULL,
	`name` text,
	`sku` text,
	`quantity` real,
	`unit_price_minor` integer,
	`amount_minor` integer,
	`currency` text NOT NULL,
	`status` text,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_source_key` ON `order_lines` (`source_id`,`order_key`,`line_key`);--> statement-breakpoint
CREATE INDEX `order_lines_import` ON `order_lines` (`import_id`);--> statement-breakpoint
ALTER TABLE `import_errors` ADD `level` text DEFAULT 'rejected' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `kind` text DEFAULT 'order' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `rows_warned` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `rows_new_customers` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `rows_existing_customers` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `records_updated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `options` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `rolled_back_at` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `rolled_back_by` text;