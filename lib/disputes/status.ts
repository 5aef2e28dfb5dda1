import type { DisputeStatus } from "../generated/prisma/enums";

/** Not closed yet: the subject's money stays frozen and no second dispute can be opened. */
export const OPEN_DISPUTE_STATUSES = ["AWAITING_RESPONSE", "OPEN", "ESCALATED"] as const satisfies readonly DisputeStatus[];

export const isOpenDispute = (status: DisputeStatus) => (OPEN_DISPUTE_STATUSES as readonly DisputeStatus[]).includes(status);

export type DisputeSide = "customer" | "provider" | "admin";
