CREATE TABLE `import_overlaps` (
	`import_id` integer NOT NULL,
	`earlier_import_id` integer NOT NULL,
	`records` integer NOT NULL,
	PRIMARY KEY(`import_id`, `earlier_import_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`earlier_import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_overlaps_earlier` ON `import_overlaps` (`earlier_import_id`);--> statement-breakpoint
-- Imports from before the table: which records they found is not known, so every later import of
-- the source that found or changed any is taken to overlap every earlier one (records 0: not counted).
INSERT INTO `import_overlaps` (`import_id`, `earlier_import_id`, `records`)
SELECT `later`.`id`, `earlier`.`id`, 0 FROM `imports` `later`
JOIN `imports` `earlier` ON `earlier`.`source_id` = `later`.`source_id` AND `earlier`.`id` < `later`.`id`
WHERE `later`.`records_existing` + `later`.`records_updated` > 0 AND `earlier`.`records_new` > 0;
