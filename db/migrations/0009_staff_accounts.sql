CREATE TABLE `staff_accounts` (
	`source_id` integer NOT NULL,
	`account` text NOT NULL,
	`import_id` integer NOT NULL,
	PRIMARY KEY(`source_id`, `account`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_accounts_import` ON `staff_accounts` (`import_id`);