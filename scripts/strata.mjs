#!/usr/bin/env node
/**
 * `npm run strata -- <command>`: runs the command line from its bundle (scripts/cli-bundle.mjs),
 * in this process. Started with --conditions=react-server, as the server's code expects.
 */
import { pathToFileURL } from "node:url";

import { cliBundle } from "./cli-bundle.mjs";

await import(pathToFileURL(await cliBundle()).href);
