import { randomBytes } from "node:crypto";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { AuthorizationResult, PaymentProcessor } from "./processor";
import { normalizeCardNumber, testCardByLast4, testCardOutcome } from "./test-cards";

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

function toResult(intent: { id: string; status: string }, failure?: { code: string; message: string }): AuthorizationResult {
  if (intent.status === "requires_capture") return { ref: intent.id, status: "authorized" };
  if (intent.status === "requires_action") return { ref: intent.id, status: "requires_action", clientSecret: `${intent.id}_secret` };
  return { ref: intent.id, status: "failed", failureCode: failure?.code ?? "card_declined", failureMessage: failure?.message ?? "Your card was declined." };
}

/** Why a stored intent failed, from its card: test mode keeps no failure columns of its own. */
function failureOf(intent: { cardLast4: string }): { code: string; message: string } {
  const outcome = testCardOutcome(testCardByLast4(intent.cardLast4) ?? "");
  if (outcome.outcome === "declined") return outcome;
  return { code: "authentication_failed", message: "The card's authentication failed." };
}

async function findIntent(ref: string) {
  const intent = await db.testModeIntent.findUnique({ where: { id: ref } });
  if (!intent) throw new AppError("NOT_FOUND", "Unknown test-mode payment");
  return intent;
}

/**
 * The embedded stand-in for Stripe: no network, no real money, the same contract. It keeps its
 * own records (TestModeIntent), honours idempotency keys, and refuses what Stripe would refuse
 * (capturing more than authorized, refunding more than captured, acting on a canceled payment).
 */
export const testModeProcessor: PaymentProcessor = {
  name: "test-mode",

  async authorize({ amount, currency, paymentMethod, idempotencyKey }) {
    const existing = await db.testModeIntent.findUnique({ where: { idempotencyKey } });
    if (existing) return toResult(existing);
    const outcome = testCardOutcome(paymentMethod);
    const status = outcome.outcome === "succeeds" ? "requires_capture" : outcome.outcome === "authenticate" ? "requires_action" : "failed";
    const intent = await db.testModeIntent.create({
      data: { id: newId("tm_pi"), kind: "payment", amount, currency, status, cardLast4: normalizeCardNumber(paymentMethod).slice(-4), idempotencyKey },
    });
    return toResult(intent, outcome.outcome === "declined" ? outcome : undefined);
  },

  async retrieveAuthorization(ref) {
    const intent = await findIntent(ref);
    return toResult(intent, intent.status === "failed" ? failureOf(intent) : undefined);
  },

  async capture({ ref, amount, idempotencyKey: _key }) {
    const intent = await findIntent(ref);
    if (intent.status === "succeeded" && intent.capturedAmount === amount) return; // a retried capture
    if (intent.status !== "requires_capture") throw new AppError("INVALID_STATE", `A ${intent.status} payment cannot be captured`);
    if (amount > intent.amount) throw new AppError("BAD_REQUEST", "Cannot capture more than was authorized");
    await db.testModeIntent.update({ where: { id: ref }, data: { status: "succeeded", capturedAmount: amount } });
  },

  async cancelAuthorization({ ref }) {
    const intent = await findIntent(ref);
    if (intent.status === "canceled") return;
    if (intent.status === "succeeded") throw new AppError("INVALID_STATE", "A captured payment cannot be canceled; refund it");
    await db.testModeIntent.update({ where: { id: ref }, data: { status: "canceled" } });
  },

  async refund({ ref, amount, idempotencyKey }) {
    // Like Stripe: a retried key answers with the first refund; the same key for another amount is refused.
    const existing = await db.testModeIntent.findUnique({ where: { idempotencyKey } });
    if (existing) {
      if (existing.kind !== "refund" || existing.amount !== amount) throw new AppError("BAD_REQUEST", "Idempotency key reused for a different request");
      return { refundRef: existing.id };
    }
    if (!Number.isInteger(amount) || amount <= 0) throw new AppError("BAD_REQUEST", "A refund must be a positive amount");
    return db.$transaction(async (tx) => {
      const updated = await tx.$executeRaw`
        UPDATE "TestModeIntent" SET "refundedAmount" = "refundedAmount" + ${amount}, "updatedAt" = now()
        WHERE id = ${ref} AND status = 'succeeded' AND "refundedAmount" + ${amount} <= "capturedAmount"`;
      if (updated === 0) throw new AppError("BAD_REQUEST", "Cannot refund more than was captured");
      const intent = await tx.testModeIntent.findUniqueOrThrow({ where: { id: ref }, select: { cardLast4: true, currency: true } });
      const refund = await tx.testModeIntent.create({
        data: { id: newId("tm_re"), kind: "refund", amount, currency: intent.currency, status: "succeeded", cardLast4: intent.cardLast4, idempotencyKey },
      });
      return { refundRef: refund.id };
    });
  },

  async transfer({ amount, currency, destinationAccount, sourceRef, idempotencyKey }) {
    if (!Number.isInteger(amount) || amount <= 0) throw new AppError("BAD_REQUEST", "A transfer must be a positive amount");
    return db.$transaction(async (tx) => {
      // The source row's lock serializes transfers of one payment: a concurrent retry waits, then
      // finds the first one's transfer, and never more goes out than came in.
      await tx.$queryRaw`SELECT id FROM "TestModeIntent" WHERE id = ${sourceRef} FOR UPDATE`;
      // Like Stripe: a retried key answers with the first transfer; the same key for another request is refused.
      const existing = await tx.testModeIntent.findUnique({ where: { idempotencyKey } });
      if (existing) {
        if (existing.kind !== "transfer" || existing.amount !== amount || existing.destination !== destinationAccount) {
          throw new AppError("BAD_REQUEST", "Idempotency key reused for a different request");
        }
        return { transferRef: existing.id };
      }
      const source = await tx.testModeIntent.findUnique({ where: { id: sourceRef }, select: { status: true, capturedAmount: true, refundedAmount: true, cardLast4: true } });
      if (!source || source.status !== "succeeded") throw new AppError("INVALID_STATE", "Only a captured payment can fund a transfer");
      const sent = await tx.testModeIntent.aggregate({ where: { kind: "transfer", sourceRef }, _sum: { amount: true } });
      if ((sent._sum.amount ?? 0) + amount > source.capturedAmount - source.refundedAmount) {
        throw new AppError("BAD_REQUEST", "Cannot transfer more than the payment has left");
      }
      const transfer = await tx.testModeIntent.create({
        data: { id: newId("tm_tr"), kind: "transfer", amount, currency, status: "succeeded", cardLast4: source.cardLast4, sourceRef, destination: destinationAccount, idempotencyKey },
      });
      return { transferRef: transfer.id };
    });
  },

  async retrieveCardSetup(ref) {
    const intent = await findIntent(ref);
    if (intent.status === "succeeded") return { ref, status: "succeeded" as const, paymentMethodRef: testCardByLast4(intent.cardLast4) };
    if (intent.status === "requires_action") return { ref, status: "requires_action" as const, clientSecret: `${intent.id}_secret` };
    return { ref, status: "failed" as const, failureMessage: "The card's authentication failed." };
  },

  async saveCard({ paymentMethod, idempotencyKey }) {
    const existing = await db.testModeIntent.findUnique({ where: { idempotencyKey } });
    const outcome = testCardOutcome(paymentMethod);
    const intent =
      existing ??
      (await db.testModeIntent.create({
        data: {
          id: newId("tm_seti"),
          kind: "setup",
          status: outcome.outcome === "declined" ? "failed" : outcome.outcome === "authenticate" ? "requires_action" : "succeeded",
          cardLast4: normalizeCardNumber(paymentMethod).slice(-4),
          idempotencyKey,
        },
      }));
    if (intent.status === "failed") return { ref: intent.id, status: "failed" as const, failureMessage: outcome.outcome === "declined" ? outcome.message : "Card not saved" };
    if (intent.status === "requires_action") return { ref: intent.id, status: "requires_action" as const, clientSecret: `${intent.id}_secret` };
    // The saved "payment method" in test mode is the card number itself, kept server-side only.
    return { ref: intent.id, status: "succeeded" as const, paymentMethodRef: normalizeCardNumber(paymentMethod) };
  },

  async createConnectedAccount() {
    return { accountRef: newId("tm_acct") };
  },

  async createOnboardingLink({ accountRef, returnUrl }) {
    // Test mode has no hosted onboarding: the return URL completes it (see complete-test-onboarding).
    const url = new URL(returnUrl);
    url.searchParams.set("test_onboarding", accountRef);
    return { url: url.toString() };
  },

  async retrieveConnectedAccount() {
    return { detailsSubmitted: true, payoutsEnabled: true };
  },
};

/** Test mode's "authentication step": what Stripe's 3-D Secure page does for card …3220. */
export async function completeTestAuthentication(ref: string, approve: boolean): Promise<AuthorizationResult> {
  const intent = await findIntent(ref);
  if (intent.status !== "requires_action") return toResult(intent);
  const status = approve ? (intent.kind === "setup" ? "succeeded" : "requires_capture") : "failed";
  const updated = await db.testModeIntent.update({ where: { id: ref }, data: { status } });
  return toResult(updated, approve ? undefined : { code: "authentication_failed", message: "The card's authentication failed." });
}
