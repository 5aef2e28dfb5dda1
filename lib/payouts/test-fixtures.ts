import { randomUUID } from "node:crypto";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import type { PaymentStatus } from "../generated/prisma/enums";
import type { LedgerLine } from "../ledger/accounts";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import type { PaymentProcessor } from "../payments/processor";
import { testModeProcessor } from "../payments/test-mode-processor";
import { makeAdmin, makeCustomer, makeProvider } from "../testing/factories";

/** Rows for this domain's integration tests, always fresh (test files may share one database). */

export const actorOf = (user: { id: string; role: Actor["role"] }, providerId: string | null = null): Actor => ({
  userId: user.id,
  role: user.role,
  isSuperAdmin: false,
  providerId,
});

/** A provider who has not onboarded unless `payoutsEnabled` (explicit: the builder's default may change). */
export async function providerWithActor(options: { payoutsEnabled?: boolean } = {}) {
  const provider = await makeProvider({ payoutsEnabled: options.payoutsEnabled ?? false });
  return { provider, actor: actorOf(provider.user, provider.id) };
}

export async function customerActor() {
  return actorOf(await makeCustomer());
}

export async function adminActor() {
  return actorOf(await makeAdmin());
}

export function makePayment(options: { providerId: string; customerId: string; amount: number; currency?: string; status: PaymentStatus; bookingId?: string }) {
  return db.payment.create({
    data: {
      providerId: options.providerId,
      customerId: options.customerId,
      amount: options.amount,
      currency: options.currency ?? "USD",
      status: options.status,
      bookingId: options.bookingId,
      processor: "test-mode",
    },
    select: { id: true, amount: true, currency: true },
  });
}

/** Posts one movement (lines from lib/ledger/movements) under a unique key; returns the key. */
export async function post(kind: string, lines: LedgerLine[], paymentId?: string): Promise<string> {
  const key = `${kind}:test-${randomUUID()}`;
  await db.$transaction((tx) => postLedgerTransaction(tx, { key, kind, paymentId, lines }));
  return key;
}

/** A three-letter code no other test uses, so per-currency totals are this test's alone. */
export function uniqueCurrency(): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return `Q${Array.from({ length: 2 }, () => letters[Math.floor(Math.random() * 26)]).join("")}`;
}

/** A processor double that answers like Stripe would (name "stripe"), with a status the test controls. */
export function fakeStripe(status = { detailsSubmitted: false, payoutsEnabled: false }) {
  let created = 0;
  const calls: { idempotencyKey: string }[] = [];
  const processor: PaymentProcessor = {
    ...testModeProcessor,
    name: "stripe",
    async createConnectedAccount({ idempotencyKey }) {
      calls.push({ idempotencyKey });
      return { accountRef: `acct_fake_${++created}_${randomUUID().slice(0, 8)}` };
    },
    async createOnboardingLink({ accountRef }) {
      return { url: `https://connect.stripe.test/setup/${accountRef}` };
    },
    async retrieveConnectedAccount() {
      return { ...status };
    },
  };
  return { processor, status, calls };
}
