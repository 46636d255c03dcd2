import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import { getDb } from "@/db";
import { env } from "@/lib/env";
import { findUserByEmail } from "@/lib/users/manage-users";

import { verifyPassword } from "./password";

const credentials = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) });

/**
 * Credentials sign-in with JWT sessions: the credentials provider cannot
 * create database sessions. The token carries only the user id; the role is
 * read from the database on every request (see current-user.ts), so a role
 * change or a removed user takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Strata",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = findUserByEmail(getDb(), parsed.data.email);
        // Verify against a fixed hash when the user is unknown, so timing does not tell.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? unknownUserHash);
        if (!user || !ok || user.disabledAt !== null) return null;
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};

const unknownUserHash =
  "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
