import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { parseInput } from "../core/validation";
import { ledgerAccounts } from "../ledger/accounts";
import { decodePageCursor, encodePageCursor, olderThan } from "../core/page-cursor";
import { findOwnPayoutProfile } from "./policies";
import { ListProviderEarningsInput } from "./schemas";

const earningSelect = {
  id: true,
  createdAt: true,
  amount: true,
  currency: true,
  transaction: {
    select: {
      kind: true,
      payment: {
        select: {
          id: true,
          amount: true,
          status: true,
          kind: true,
          booking: { select: { id: true, serviceName: true, startsAt: true, timeZone: true } },
          // A reschedule fee belongs to its booking as much as the price does.
          feeBooking: { select: { id: true, serviceName: true, startsAt: true, timeZone: true } },
        },
      },
    },
  },
} as const;

export interface EarningDto {
  id: string;
  createdAt: Date;
  /** The ledger movement: capture, refund, release, payout … */
  kind: string;
  /** From the provider's side: positive = earned, negative = refunded or paid out. */
  amount: number;
  currency: string;
  payment: { id: string; amount: number; status: string } | null;
  /** What the payment behind the entry paid for: BOOKING, BOUNTY_ESCROW, RESCHEDULE_FEE (null for a payout). */
  paymentKind: string | null;
  booking: { id: string; serviceName: string; startsAt: Date; timeZone: string } | null;
}

/**
 * The provider's statement: every ledger entry of their payable account, newest first, with the
 * payment and booking behind it, a page at a time (keyset on createdAt, id).
 */
export async function listProviderEarnings({ actor, ...input }: ListProviderEarningsInput & { actor: Actor }): Promise<{ data: EarningDto[]; nextCursor: string | null }> {
  const { cursor, limit } = parseInput(ListProviderEarningsInput, input);
  const profile = await findOwnPayoutProfile(db, actor);
  const rows = await db.ledgerEntry.findMany({
    where: { account: ledgerAccounts.providerPayable(profile.id), ...(cursor ? olderThan(decodePageCursor(cursor)) : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: earningSelect,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map(({ transaction: { kind, payment }, ...entry }) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      kind,
      // provider_payable is credit-normal: a credit (negative) is money earned.
      amount: -entry.amount,
      currency: entry.currency,
      payment: payment ? { id: payment.id, amount: payment.amount, status: payment.status } : null,
      paymentKind: payment?.kind ?? null,
      booking: payment?.booking ?? payment?.feeBooking ?? null,
    })),
    nextCursor: rows.length > limit && last ? encodePageCursor(last) : null,
  };
}
