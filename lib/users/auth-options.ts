import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionOptions } from "../core/auth/options";
import { clientIpFrom } from "../core/client-ip";
import { authenticateUser } from "./authenticate-user";

/**
 * The full next-auth options, for the sign-in route: the session options of lib/core plus the
 * email-and-password check, which belongs to this domain (rate limits, decoy hashing, disabled accounts).
 */
export const authOptions: AuthOptions = {
  ...sessionOptions,
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
};
