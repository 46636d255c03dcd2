"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { keepApart as decide } from "@/lib/identity/reviews";
import { log } from "@/lib/log";

const input = z.object({ reviewId: z.coerce.number().int().positive() });

/** Marks a review case as looked at: the profiles are different people. */
export async function keepApart(form: FormData): Promise<void> {
  const user = await requireActionRole(["admin", "manager"]);
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  if (decide(getDb(), { reviewId: parsed.data.reviewId, by: user.email })) {
    log.info("review kept apart", { reviewId: parsed.data.reviewId, by: user.id });
  }
  revalidatePath("/identity");
}
