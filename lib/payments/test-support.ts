// Shared by the payments integration tests (not a test file itself).
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { accountBalances, ledgerInvariants } from "../ledger/balances";
import { ledgerAccounts } from "../ledger/accounts";
import { createCategoryTree, createProvider, createUser, uniqueToken, type SeededProvider, type CreateProviderOptions } from "../../prisma/seed/builders";
import type { ServiceSpec } from "../../prisma/seed/services";

// Monday 7 January 2030 12:00 UTC. The provider (New York, Mon–Fri 09–17) is open from Tuesday.
export const NOW = new Date("2030-01-07T12:00:00Z");
export const TUE10 = "2030-01-08T15:00:00.000Z"; // 10:00 New York, 27 h ahead
export const TUE13 = "2030-01-08T18:00:00.000Z";
export const HOUR = 3_600_000;
export const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR);

export async function customer(): Promise<Actor> {
  const user = await createUser(db, { email: `c-${uniqueToken()}@example.test`, passwordHash: "x" });
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}

export async function admin(): Promise<Actor> {
  const user = await createUser(db, { email: `a-${uniqueToken()}@example.test`, passwordHash: "x", role: "ADMIN" });
  return { userId: user.id, role: "ADMIN", isSuperAdmin: false, providerId: null };
}

export const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

/** A $100.00 one-hour service, instant unless told otherwise, moderate policy. */
export async function provider(service: ServiceSpec = {}, options: CreateProviderOptions = {}) {
  await createCategoryTree(db);
  return createProvider(db, {
    slug: `p-${uniqueToken()}`,
    email: `p-${uniqueToken()}@example.test`,
    passwordHash: "x",
    ...options,
    services: [
      { name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bookingMode: "INSTANT", priceAmount: 10_000, currency: "USD", cancellationPolicy: "MODERATE", ...service },
    ],
  });
}

export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** The ledger lines of one payment, as { kind, account, amount } sorted for stable comparison. */
export async function ledgerOf(paymentId: string) {
  const transactions = await db.ledgerTransaction.findMany({ where: { paymentId }, select: { key: true, kind: true, entries: { select: { account: true, amount: true, currency: true } } } });
  return transactions.flatMap((t) => t.entries.map((e) => ({ key: t.key, kind: t.kind, account: e.account, amount: e.amount, currency: e.currency })));
}

/** What the provider is owed (the credit balance of provider_payable:<id>). */
export async function payableOf(providerId: string): Promise<number> {
  const [row] = await accountBalances(db, [ledgerAccounts.providerPayable(providerId)]);
  return 0 - (row?.balance ?? 0);
}

/** Every transaction balances, and captured = payouts + fees + refunds + payable + held, per currency. */
export async function expectLedgerInvariants(): Promise<void> {
  const { unbalancedTransactions, byCurrency } = await ledgerInvariants(db);
  expect(unbalancedTransactions).toEqual([]);
  for (const t of Object.values(byCurrency)) expect(t.captured).toBe(t.payouts + t.fees + t.refunds + t.payable + t.held);
}

export const intentOf = (ref: string) => db.testModeIntent.findUniqueOrThrow({ where: { id: ref } });
