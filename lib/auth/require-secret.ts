/**
 * Refuses to serve without a session secret: next-auth would otherwise fail
 * every sign-in with a redirect loop. `npm start` provides one.
 */
if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
  console.error("Strata: NEXTAUTH_SECRET is not set. Start with `npm start`, which creates one, or set it.");
  process.exit(1);
}

export {};
