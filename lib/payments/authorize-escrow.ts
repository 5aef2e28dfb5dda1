import { createHmac } from "node:crypto";
import { db, type Tx } from "../core/db";
import { authSecret } from "../core/env";
import { AppError } from "../core/errors";
import { AUTHORIZATION_VALIDITY_MS } from "./authorization-window";
import { escrowKeys, escrowPaymentId, escrowTransferGroup } from "./escrow-keys";
import { getPaymentProcessor } from "./get-payment-processor";

/** Never the card itself: an HMAC, so the key reveals nothing. */
function attemptOf(parts: { offerId: string; amount: number; currency: string; paymentMethod: string }): string {
  const text = JSON.stringify([parts.offerId, parts.amount, parts.currency, parts.paymentMethod.replace(/[\s-]/g, "")]);
  return createHmac("sha256", authSecret).update(`bounty-fund:${text}`).digest("hex").slice(0, 24);
}

/**
 * Authorizes the escrow amount on the poster's card, outside any transaction (no row lock waits on
 * the processor). Declined → 402 PAYMENT_FAILED. A card that wants an authentication step is
 * released and refused too: accepting an offer has no second step to finish it in.
 */
export async function authorizeEscrow(options: { bountyId: string; offerId: string; posterId: string; amount: number; currency: string; paymentMethod: string }) {
  const processor = getPaymentProcessor();
  const poster = await db.user.findUniqueOrThrow({ where: { id: options.posterId }, select: { stripeCustomerId: true } });
  const idempotencyKey = escrowKeys.authorize(options.bountyId, attemptOf(options));
  const result = await processor.authorize({
    amount: options.amount,
    currency: options.currency,
    paymentMethod: options.paymentMethod,
    customerRef: poster.stripeCustomerId ?? undefined,
    description: `Hearth bounty ${options.bountyId}`,
    metadata: { paymentId: escrowPaymentId(options.bountyId), bountyId: options.bountyId, offerId: options.offerId },
    transferGroup: escrowTransferGroup(options.bountyId),
    idempotencyKey,
  });
  if (result.status === "failed") {
    throw new AppError("PAYMENT_FAILED", result.failureMessage ?? "Your card was declined.", { code: result.failureCode ?? "card_declined" });
  }
  if (result.status === "requires_action") {
    await processor.cancelAuthorization({ ref: result.ref, idempotencyKey: `${idempotencyKey}:cancel` });
    throw new AppError("PAYMENT_FAILED", "This card needs an extra authentication step, which accepting an offer cannot do. Please use another card.", {
      code: "authentication_required",
    });
  }
  return { ref: result.ref, processor: processor.name, idempotencyKey };
}

/**
 * An authorization whose accept did not commit (the bounty changed meanwhile) is released, unless
 * a committed accept holds that very authorization (a double-click with the same card replays one
 * authorization for both attempts, and the winner keeps it).
 */
export async function releaseUnusedAuthorization({ ref, idempotencyKey }: { ref: string; idempotencyKey: string }): Promise<void> {
  const held = await db.payment.findUnique({ where: { processorRef: ref }, select: { id: true } });
  if (held) return;
  await getPaymentProcessor().cancelAuthorization({ ref, idempotencyKey: `${idempotencyKey}:cancel` });
}

export type EscrowAuthorization = Awaited<ReturnType<typeof authorizeEscrow>>;

/**
 * The escrow's Payment row, AUTHORIZED, written in the accept's transaction (lib/bounties/accept-offer.ts)
 * so the bounty's assignment and its money commit together.
 */
export async function recordEscrowAuthorization(
  tx: Tx,
  { bountyId, customerId, providerId, amount, currency, auth, now }: { bountyId: string; customerId: string; providerId: string; amount: number; currency: string; auth: EscrowAuthorization; now: Date },
): Promise<void> {
  await tx.payment.create({
    data: {
      id: escrowPaymentId(bountyId),
      kind: "BOUNTY_ESCROW",
      bountyId,
      customerId,
      providerId,
      amount,
      currency,
      status: "AUTHORIZED",
      processor: auth.processor,
      processorRef: auth.ref,
      authorizedAt: now,
      authorizationExpiresAt: new Date(now.getTime() + AUTHORIZATION_VALIDITY_MS),
    },
  });
}
