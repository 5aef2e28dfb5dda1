import { db, Prisma } from "../core/db";
import { getEmailTransport, type EmailTransport, type OutgoingEmail } from "../adapters/email";
import type { EmailSender, SendEmailOptions, SendEmailResult } from "../adapters/email/sender";
import { isTransactionalEmail, preferenceTypeForTemplate } from "./notification-types";
import { shouldDeliverTo } from "./should-deliver";
import { withUnsubscribe } from "./unsubscribe-footer";

// The shapes live beside the transport so the outbox core can hand handlers a sender without
// importing this domain; the behaviour (dedupe, preferences, redaction) is this file's.
export type { EmailSender, SendEmailOptions, SendEmailResult } from "../adapters/email/sender";

/**
 * Sends an email at most once per dedupe key and records it as an EmailMessage.
 *
 * The row is inserted, the provider called and the provider's id stored in one transaction:
 *  - a failed send rolls the row back, so the handler's retry sends again;
 *  - a concurrent sender with the same key blocks on the unique index until we commit, then
 *    finds the row and sends nothing;
 *  - the one remaining window is a crash (or failed COMMIT) after the provider accepted the
 *    message: the row is gone and a retry sends it again. That is at-least-once on purpose —
 *    a duplicate booking email beats a lost one. The cost is a connection held for the
 *    duration of the provider call, which the transport bounds with a timeout.
 *
 * Every email is routed here, so no handler repeats it: an email whose type the recipient switched
 * off is neither sent nor recorded (a later retry, after they switch it back on, would send it), and
 * one they may switch off gets an unsubscribe link and List-Unsubscribe headers.
 */
export async function sendEmail({ transport = getEmailTransport(), template, dedupeKey, preferenceType, userId, secret, ...input }: SendEmailOptions): Promise<SendEmailResult> {
  const existing = await findByDedupeKey(dedupeKey);
  if (existing) return { emailId: existing.id, sent: false };
  const message = await routeEmail(input, { template, preferenceType, userId });
  if (!message) return { emailId: null, sent: false, suppressed: "preference" };
  const stored = secret && transport.name !== "dev-mailbox" ? redact(message, secret) : message;
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.emailMessage.create({
        data: {
          dedupeKey,
          template,
          transport: transport.name,
          to: message.to,
          subject: stored.subject,
          text: stored.text,
          html: stored.html,
          attachments: message.attachments?.length ? (message.attachments as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
        },
        select: { id: true },
      });
      const { providerMessageId } = await transport.send(message);
      if (providerMessageId) await tx.emailMessage.update({ where: { id: row.id }, data: { providerMessageId } });
      return { emailId: row.id, sent: true };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByDedupeKey(dedupeKey);
      if (winner) return { emailId: winner.id, sent: false };
    }
    throw error;
  }
}

export function emailSender(transport?: EmailTransport): EmailSender {
  return { send: (options) => sendEmail({ ...options, transport: transport ?? getEmailTransport() }) };
}

function redact<M extends { subject: string; text: string; html?: string | null }>(message: M, secret: string): M {
  const scrub = (value: string) => value.split(secret).join("[redacted]");
  return { ...message, subject: scrub(message.subject), text: scrub(message.text), html: message.html == null ? message.html : scrub(message.html) };
}

function findByDedupeKey(dedupeKey: string) {
  return db.emailMessage.findUnique({ where: { dedupeKey }, select: { id: true } });
}

/**
 * The message to send (with its way out when it has one), or null when the recipient opted out.
 * Emails to addresses without an account, or of no known type, go out as they are.
 */
async function routeEmail(
  message: OutgoingEmail,
  options: { template: string; preferenceType: string | null | undefined; userId: string | undefined },
): Promise<OutgoingEmail | null> {
  const type = options.preferenceType === undefined ? preferenceTypeForTemplate(options.template) : options.preferenceType;
  if (type === null || isTransactionalEmail(type)) return message;
  const userId = options.userId ?? (await findUserIdByEmail(message.to));
  if (!userId) return message;
  if (!(await shouldDeliverTo(db, { userId, type, channel: "email" }))) return null;
  return withUnsubscribe(message, { userId, type });
}

async function findUserIdByEmail(to: string): Promise<string | null> {
  const address = to.trim();
  const user =
    (await db.user.findUnique({ where: { email: address }, select: { id: true } })) ??
    (address !== address.toLowerCase() ? await db.user.findUnique({ where: { email: address.toLowerCase() }, select: { id: true } }) : null);
  return user?.id ?? null;
}
