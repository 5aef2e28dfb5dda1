import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { decideHold, type HoldDecision } from "./decide-hold";
import { assertCanReviewRisk } from "./policies";
import { ApproveHoldInput } from "./schemas";

/** An admin approves a hold: the bounty goes on the board, the payout is made (decide-hold.ts). */
export async function approveHold({ actor, now, ...input }: ApproveHoldInput & { actor: Actor; now?: Date }): Promise<HoldDecision> {
  assertCanReviewRisk(actor);
  const { assessmentId, note } = parseInput(ApproveHoldInput, input);
  return decideHold({ actor, assessmentId, approved: true, note: note || null, now });
}
