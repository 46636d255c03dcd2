CREATE TABLE `order_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`previous_amount_minor` integer NOT NULL,
	`previous_counts` integer NOT NULL,
	`previous_status` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_changes_import` ON `order_changes` (`import_id`);--> statement-breakpoint
CREATE INDEX `order_changes_order` ON `order_changes` (`order_id`);