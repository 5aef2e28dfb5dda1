import { issueAccountToken } from "../account-tokens";
import { emailVerificationEmail, passwordResetEmail } from "../../notifications/templates/account";
import type { Handler, HandlerContext } from "../../events/handler";

/**
 * The raw token is made here, after commit, and exists only in the email: the outbox holds just
 * ids. A retry whose email already went out (same dedupe key) issues nothing, so the emailed link
 * stays the valid one; a retry after a failed send issues a new token, replacing the unsent one.
 */
async function alreadySent(ctx: HandlerContext, dedupeKey: string): Promise<boolean> {
  return (await ctx.db.emailMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) !== null;
}

export const emailResetLinkOnResetRequested: Handler<"user.password_reset_requested"> = async (event, ctx) => {
  const { userId } = event.payload.data;
  const dedupeKey = `user.password_reset_requested:${event.id}`;
  if (await alreadySent(ctx, dedupeKey)) return;
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = await ctx.db.$transaction((tx) => issueAccountToken(tx, { userId, purpose: "PASSWORD_RESET" }));
  await ctx.email.send({ to: user.email, userId, template: "password-reset", preferenceType: null, dedupeKey, secret: token, ...passwordResetEmail({ name: user.name, token }) });
};

async function sendVerification(ctx: HandlerContext, { userId, email, dedupeKey }: { userId: string; email: string; dedupeKey: string }) {
  if (await alreadySent(ctx, dedupeKey)) return;
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, pendingEmail: true, emailVerifiedAt: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const isChange = email !== user.email;
  // Nothing left to verify: the address was confirmed or replaced since the event.
  if (isChange ? user.pendingEmail !== email : user.emailVerifiedAt) return;
  const token = await ctx.db.$transaction((tx) => issueAccountToken(tx, { userId, purpose: "EMAIL_VERIFICATION", email }));
  await ctx.email.send({ to: email, userId, template: "email-verification", preferenceType: null, dedupeKey, secret: token, ...emailVerificationEmail({ name: user.name, token, isChange }) });
}

export const emailVerificationOnUserRegistered: Handler<"user.registered"> = async (event, ctx) => {
  const { userId } = event.payload.data;
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return;
  await sendVerification(ctx, { userId, email: user.email, dedupeKey: `user.registered:${userId}:verification` });
};

export const emailVerificationOnRequested: Handler<"user.verification_requested"> = async (event, ctx) => {
  const { userId, email } = event.payload.data;
  await sendVerification(ctx, { userId, email, dedupeKey: `user.verification_requested:${event.id}` });
};
