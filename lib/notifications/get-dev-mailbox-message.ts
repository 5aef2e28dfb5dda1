import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { emailDetailSelect, type EmailDetailDto } from "./dto";
import { assertCanReadMailbox } from "./policies";

/** One recorded email with its body, for the admin mailbox's detail view. */
export async function getDevMailboxMessage({ actor, id }: { actor: Actor; id: string }): Promise<EmailDetailDto> {
  assertCanReadMailbox(actor);
  const email = await db.emailMessage.findUnique({ where: { id }, select: emailDetailSelect });
  if (!email) throw notFound("Email");
  return email;
}
