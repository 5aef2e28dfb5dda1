import type { AuthOptions } from "next-auth";
import { authSecret } from "../env";

/**
 * next-auth 4 with JWT sessions: stateless instances, no session table. The token carries only
 * the user id; role and provider id are re-read per request by getCurrentActor, so a role change
 * or a disabled account takes effect immediately.
 *
 * These are the options that read a session. Signing in (the credentials check against lib/users)
 * is added in lib/users/auth-options.ts, so core needs no domain to know who is signed in.
 */
export const sessionOptions: AuthOptions = {
  secret: authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // A routing hint for middleware.ts only; authorization re-reads the role (getCurrentActor).
        token.role = (user as { role?: string }).role;
        // Compared with the user's current version on every request (loadActor): a password
        // reset or change bumps it, which ends every session signed in before.
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sv: typeof token.sv === "number" ? token.sv : 0 });
      return session;
    },
  },
};
