import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { parseInput } from "../core/validation";
import { payoutSelect, type PayoutDto } from "./dto";
import { findOwnPayoutProfile } from "./policies";
import { ListPayoutsInput } from "./schemas";

/** The provider's most recent payouts, newest first. */
export async function listPayouts({ actor, ...input }: { actor: Actor; limit?: number }): Promise<PayoutDto[]> {
  const { limit } = parseInput(ListPayoutsInput, input);
  const profile = await findOwnPayoutProfile(db, actor);
  return db.payout.findMany({ where: { providerId: profile.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: payoutSelect });
}
