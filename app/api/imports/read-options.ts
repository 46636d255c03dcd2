import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";

import { isCurrencyCode } from "@/lib/ingest/normalise/money";
import { encodings } from "@/lib/ingest/read/sniff-encoding";

/** How the admin chose to read a file: the same options for its preview, dry run and import. */
export const readOptions = z.object({
  preset: z.string().trim().max(80).optional(),
  encoding: z.enum(encodings).optional(),
  delimiter: z.enum([",", ";", "\t", "|"]).optional(),
  sheet: z.string().max(120).optional(),
  dayOrder: z.enum(["dmy", "mdy"]).optional(),
  decimalMark: z.enum([".", ","]).optional(),
  currency: z.string().refine((code: string): boolean => isCurrencyCode(code)).optional(),
  phoneRegion: z.string().refine((code: string): boolean => isSupportedCountry(code)).optional(),
});
