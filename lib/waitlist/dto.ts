import type { Prisma } from "../core/db";

export const waitlistEntrySelect = {
  id: true,
  serviceId: true,
  status: true,
  localDate: true,
  startMinute: true,
  endMinute: true,
  windowStartsAt: true,
  windowEndsAt: true,
  createdAt: true,
} satisfies Prisma.WaitlistEntrySelect;

export const holdSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  expiresAt: true,
  serviceId: true,
} satisfies Prisma.SlotHoldSelect;

/** A hold as its customer sees it: ACTIVE past its expiry reads as EXPIRED, whether or not the scheduler ran. */
export function holdView<T extends { status: string; expiresAt: Date }>(hold: T, now: Date) {
  const status = hold.status === "ACTIVE" && hold.expiresAt <= now ? "EXPIRED" : hold.status;
  return { ...hold, status };
}
