import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { decideHold, type HoldDecision } from "./decide-hold";
import { assertCanReviewRisk } from "./policies";
import { RejectHoldInput } from "./schemas";

/** An admin rejects a hold, with a reason the user is told: the bounty is cancelled, the payout cancelled and its money available again. */
export async function rejectHold({ actor, now, ...input }: RejectHoldInput & { actor: Actor; now?: Date }): Promise<HoldDecision> {
  assertCanReviewRisk(actor);
  const { assessmentId, note } = parseInput(RejectHoldInput, input);
  return decideHold({ actor, assessmentId, approved: false, note, now });
}
