import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { emailSummarySelect, type EmailSummaryDto } from "./dto";
import { assertCanReadMailbox } from "./policies";
import { ListDevMailboxInput } from "./schemas";

export interface ListDevMailboxOptions {
  actor: Actor;
  limit?: number;
  /** Only emails to this address. */
  to?: string;
}

/** The latest recorded emails (every transport records them, so this is the dev mailbox). */
export async function listDevMailbox({ actor, ...input }: ListDevMailboxOptions): Promise<EmailSummaryDto[]> {
  assertCanReadMailbox(actor);
  const { limit, to } = parseInput(ListDevMailboxInput, input);
  return db.emailMessage.findMany({
    where: to ? { to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: emailSummarySelect,
  });
}
