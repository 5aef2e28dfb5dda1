// Shared by the bounty integration tests (not a test file itself).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalDiskStorage, fileUrlSigningSecret, type StorageAdapter } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { accountBalances, ledgerInvariants } from "../ledger/balances";
import { ledgerAccounts } from "../ledger/accounts";
import { makeAdmin, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { CreateProviderOptions } from "../../prisma/seed/builders";
import { acceptOffer } from "./accept-offer";
import { escrowBalance, escrowPaymentId } from "./escrow";
import { postBounty } from "./post-bounty";
import type { PostBountyInput } from "./schemas";
import { submitOffer } from "./submit-offer";
import { submitWork } from "./submit-work";

export const GOOD_CARD = "4242424242424242";
export const DECLINED_CARD = "4000000000000002";
export const DAY = 86_400_000;
/**
 * The clock every helper uses. On PostgreSQL all test files share one database, and the
 * scheduler's jobs act on every due bounty, so each file lives in its own era (setEra): a job
 * ticking in one file's era never reaches another file's bounties, which lie in later eras.
 * Files that run jobs take the earliest eras; files without jobs the later ones. The board test
 * (2040-06) lists every OPEN bounty due after its own, so a file that leaves bounties OPEN takes
 * an era between the last job-running file's (2039-02) and the board's.
 */
const clock = { now: new Date("2031-05-06T12:00:00Z") };
export function setEra(iso: string): void {
  clock.now = new Date(iso);
}
export const now = () => clock.now;
export const later = (days: number, from = clock.now) => new Date(from.getTime() + days * DAY);

/** Photos go to a temporary directory, never the repo's .data/. */
export function withTemporaryStorage(): StorageAdapter {
  const storage = createLocalDiskStorage({ rootDir: path.join(mkdtempSync(path.join(tmpdir(), "bounty-uploads-")), "uploads"), signingSecret: fileUrlSigningSecret });
  (globalThis as unknown as { __hearthStorage?: StorageAdapter }).__hearthStorage = storage;
  return storage;
}
/** The first name of withTemporaryStorage (kept for callers that import it aliased). */
export const useTemporaryStorage = withTemporaryStorage;

export async function poster(): Promise<Actor> {
  await makeCategoryTree();
  const user = await makeCustomer({ name: "Paula Poster" });
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}

export async function bidder(options: CreateProviderOptions = {}): Promise<Actor & { providerId: string }> {
  const p = await makeProvider(options);
  return { userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id };
}

export async function admin(): Promise<Actor> {
  const user = await makeAdmin();
  return { userId: user.id, role: "ADMIN", isSuperAdmin: false, providerId: null };
}

export const bountyInput = (overrides: Partial<PostBountyInput> = {}): PostBountyInput => ({
  title: "Fix the squeaky garden gate",
  description: "The gate at the back of the garden squeaks and sticks; it needs new hinges and a latch adjustment.",
  budgetAmount: 20_000,
  currency: "USD",
  categorySlug: "handyman",
  isRemote: false,
  addressLine: "12 Prospect Park West, Brooklyn",
  lat: 40.6602,
  lng: -73.969,
  skills: ["carpentry"],
  dueAt: later(10).toISOString(),
  verifiedOnly: false,
  photoKeys: [],
  ...overrides,
});

export function post(actor: Actor, overrides: Partial<PostBountyInput> = {}, at = clock.now) {
  return postBounty({ actor, ...bountyInput(overrides), now: at });
}

export const offerOn = (actor: Actor, bountyId: string, amount = 18_000, at = clock.now) =>
  submitOffer({ actor, bountyId, amount, message: "I can fix this on Saturday morning.", etaDays: 3, now: at });

/** A bounty accepted at `amount` (paid unless budget 0): the poster, the provider, the ids. */
export async function assigned({ budget = 20_000, amount = budget ? 18_000 : 0 }: { budget?: number; amount?: number } = {}) {
  const p = await poster();
  const provider = await bidder();
  const bounty = await post(p, { budgetAmount: budget });
  const offered = await offerOn(provider, bounty.id, amount);
  const offerId = offered.myOffer!.id;
  await acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: budget ? GOOD_CARD : undefined, now: clock.now });
  return { poster: p, provider, bountyId: bounty.id, offerId, paymentId: escrowPaymentId(bounty.id), amount };
}

export async function submitted(options: { budget?: number; amount?: number } = {}) {
  const s = await assigned(options);
  await submitWork({ actor: s.provider, bountyId: s.bountyId, notes: "New hinges fitted, latch adjusted.", now: later(1) });
  return s;
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected an AppError, but it resolved"),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

/** The provider's payable balance (credit-normal: what Hearth owes them). */
export async function payable(providerId: string): Promise<number> {
  const [row] = await accountBalances(db, [ledgerAccounts.providerPayable(providerId)]);
  return 0 - (row?.balance ?? 0);
}

/** This payment's ledger: every transaction balances, and captured = held + released + refunded. */
export async function paymentLedger(paymentId: string) {
  const txs = await db.ledgerTransaction.findMany({ where: { paymentId }, select: { key: true, kind: true, entries: { select: { account: true, amount: true } } } });
  for (const t of txs) expect(t.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
  const sum = (account: string) => 0 - txs.flatMap((t) => t.entries).filter((e) => e.account === account).reduce((s, e) => s + e.amount, 0);
  const balance = await escrowBalance(db, paymentId);
  return { keys: txs.map((t) => t.key).sort(), ...balance, captured: 0 - sum(ledgerAccounts.processorCash), fees: sum(ledgerAccounts.platformRevenue), refunds: sum(ledgerAccounts.refunds) };
}

/** The whole ledger's own check (other test files share it on PostgreSQL, and must keep it too). */
export async function expectLedgerBalanced() {
  const { unbalancedTransactions, byCurrency } = await ledgerInvariants(db);
  expect(unbalancedTransactions).toEqual([]);
  for (const t of Object.values(byCurrency)) expect(t.captured).toBe(t.payouts + t.fees + t.refunds + t.payable + t.held);
}

/** How many times an event was recorded for a bounty (its audit rows; one per outbox event). */
export const eventCount = (bountyId: string, action: string) => db.auditLog.count({ where: { entityType: "Bounty", entityId: bountyId, action } });
