import { db } from "../core/db";
import { AppError } from "../core/errors";
import { hashPassword, verifyPassword } from "../core/auth/password";
import { parseInput } from "../core/validation";
import { signInLimiters } from "../adapters/rate-limit";
import { SignInInput } from "./schemas";

// Verifying against a fixed hash when the email is unknown keeps response times alike,
// so sign-in does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function authenticateUser({ email, password, ip }: { email: string; password: string; ip: string }) {
  const input = parseInput(SignInInput, { email, password });
  // Only failures count, so a busy office or a shared mobile address is not locked out by its
  // own successful sign-ins; an address or account over its limit is refused before any hash work.
  await signInLimiters.perIp.check(ip);
  await signInLimiters.perAccount.check(input.email);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, deletedAt: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy-password"))), input.password);
  if (!user || !valid || user.disabledAt) {
    await Promise.all([signInLimiters.perIp.consume(ip), signInLimiters.perAccount.consume(input.email)]);
    // Only someone who knows the password learns the account is suspended, so the message tells
    // no stranger which emails exist; a deleted account is simply gone.
    if (user && valid && !user.deletedAt) {
      throw new AppError("UNAUTHENTICATED", "This account is suspended. Contact support if you think this is a mistake.", { reason: "ACCOUNT_SUSPENDED" });
    }
    throw new AppError("UNAUTHENTICATED", "Email or password is incorrect");
  }
  await signInLimiters.perAccount.reset(input.email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
