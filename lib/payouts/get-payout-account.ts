import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { toPayoutAccountDto, type PayoutAccountDto } from "./dto";
import { findOwnPayoutProfile } from "./policies";

/** The provider's onboarding state, as stored (refreshAccountStatus asks the processor). */
export async function getPayoutAccount({ actor }: { actor: Actor }): Promise<PayoutAccountDto> {
  return toPayoutAccountDto(await findOwnPayoutProfile(db, actor));
}
