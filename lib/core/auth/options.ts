import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "../env";
import { authenticateUser } from "../../users/authenticate-user";
import { clientIpFrom } from "../client-ip";

/**
 * next-auth 4 with JWT sessions: stateless instances, no session table. The token carries only
 * the user id; role and provider id are re-read per request by getCurrentActor, so a role change
 * or a disabled account takes effect immediately.
 */
export const authOptions: AuthOptions = {
  secret: authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const user = await authenticateUser({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          ip: clientIpFrom(request?.headers ?? {}),
        });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
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
