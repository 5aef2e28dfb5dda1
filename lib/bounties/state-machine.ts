import type { BountyStatus } from "../generated/prisma/enums";
import { AppError } from "../core/errors";

/**
 * Every move a bounty may make (docs/bounties.md has the diagram and each move's money effect).
 * A cancellation after assignment is asked by one party and confirmed by the other; the ask is
 * not a move (the bounty stays where it is until the confirmation).
 */
export const bountyTransitions: Record<BountyStatus, readonly BountyStatus[]> = {
  // Held by risk scoring at posting (docs/risk.md): an admin's approval opens it, a rejection cancels it.
  UNDER_REVIEW: ["OPEN", "CANCELLED"],
  OPEN: ["IN_PROGRESS", "CANCELLED", "EXPIRED"],
  IN_PROGRESS: ["AWAITING_APPROVAL", "CANCELLED", "DISPUTED"],
  AWAITING_APPROVAL: ["COMPLETED", "IN_PROGRESS", "CANCELLED", "DISPUTED"],
  // Resolved by an admin: a full refund cancels, a release or a split completes.
  DISPUTED: ["COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
};

/** Accepted and not finished: the escrow (if any) is funded and nobody has it yet. */
export const assignedStatuses: readonly BountyStatus[] = ["IN_PROGRESS", "AWAITING_APPROVAL", "DISPUTED"];
export const terminalStatuses: readonly BountyStatus[] = ["COMPLETED", "CANCELLED", "EXPIRED"];

export function canTransition(from: BountyStatus, to: BountyStatus): boolean {
  return bountyTransitions[from].includes(to);
}

const words = (status: BountyStatus) => status.toLowerCase().replace("_", " ");

/** 409 with the current status, so a client that raced someone else can refresh and move on. */
export function assertTransition(from: BountyStatus, to: BountyStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("INVALID_STATE", `This bounty is ${words(from)}: it cannot become ${words(to)}`, { currentStatus: from, allowed: bountyTransitions[from] });
  }
}

/** 409 unless the bounty is in one of `statuses` (for acts that are not moves: offers, questions, asks to cancel). */
export function assertStatus(current: BountyStatus, statuses: readonly BountyStatus[], action: string): void {
  if (!statuses.includes(current)) {
    throw new AppError("INVALID_STATE", `You can't ${action} while the bounty is ${words(current)}`, { currentStatus: current });
  }
}
