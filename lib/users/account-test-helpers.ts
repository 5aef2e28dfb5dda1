import { db } from "../core/db";
import { AppError } from "../core/errors";
import { settleDispatches } from "../events/dispatch";
import type { Actor } from "../core/auth/actor";
import { authOptions } from "./auth-options";
import { loadActor } from "../core/auth/load-actor";

/** Test helpers for lib/users' integration tests (not a test file itself). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export const randomIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

/** The token in the latest emailed link of `template` to `to`, after the handlers ran. */
export async function tokenFromLatestEmail(to: string, template: string): Promise<string> {
  await settleDispatches();
  const email = await db.emailMessage.findFirst({ where: { to, template }, orderBy: { createdAt: "desc" }, select: { text: true } });
  const token = email?.text.match(/token=([A-Za-z0-9_%-]+)/)?.[1];
  if (!token) throw new Error(`no ${template} email with a link to ${to}`);
  return decodeURIComponent(token);
}

/**
 * What a browser's session cookie turns into on each request: next-auth's jwt callback at sign-in,
 * its session callback, then getCurrentActor's loadActor with the token's session version.
 */
export async function signInSession(user: { id: string; email: string; name: string; role: string; sessionVersion: number }) {
  const token = await authOptions.callbacks!.jwt!({ token: {}, user: user as never, account: null, trigger: "signIn" } as never);
  return {
    async actor(): Promise<Actor | null> {
      const session = await authOptions.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
      const sessionUser = (session as unknown as { user: { id: string; sv: number } }).user;
      return loadActor(sessionUser.id, { sessionVersion: sessionUser.sv });
    },
  };
}
