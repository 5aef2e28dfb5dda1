import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { createOnce } from "./create-once";
import { assertCanOpenInquiry } from "./policies";
import { assertEnabled } from "../flags/is-enabled";

export interface OpenInquiryOptions {
  actor: Actor;
  /** ProviderProfile id. */
  providerId: string;
}

/** The inquiry key: one conversation per (customer user, provider profile) pair. */
export const inquiryKeyFor = (customerId: string, providerId: string) => `${customerId}:${providerId}`;

/** The actor's pre-booking conversation with a provider, created on the first "Message" click. */
export async function openInquiry({ actor, providerId }: OpenInquiryOptions): Promise<{ id: string; created: boolean }> {
  await assertEnabled("messaging");
  const provider = await db.providerProfile.findFirst({ where: { id: providerId, user: { disabledAt: null } }, select: { id: true, userId: true } });
  if (!provider) throw notFound("Provider");
  assertCanOpenInquiry(actor, provider);
  const inquiryKey = inquiryKeyFor(actor.userId, provider.id);
  const { row, created } = await createOnce(
    () => db.conversation.findUnique({ where: { inquiryKey }, select: { id: true } }),
    () =>
      db.conversation.create({
        data: { kind: "INQUIRY", inquiryKey, participants: { create: [{ userId: actor.userId }, { userId: provider.userId }] } },
        select: { id: true },
      }),
  );
  return { id: row.id, created };
}
