import type { Prisma } from "../core/db";
import { bookingPaymentSelect, rescheduleFeePaymentSelect, toBookingPaymentDto, toRescheduleFeeDto } from "../payments/dto";
import { parsePolicySnapshot, type PolicySnapshot } from "./cancellation-policy";
import { parseRescheduleSnapshot, type ReschedulePolicy } from "./reschedule-policy";
import type { Actor } from "../core/auth/actor";
import { allowedBookingActions, bookingPhase, noBookingActions, viewerOf, type BookingViewer } from "./policies";

/** What callers may see of a booking: no payment processor ids, no password hashes. */
export const bookingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  serviceId: true,
  serviceName: true,
  priceAmount: true,
  currency: true,
  addressLine: true,
  notes: true,
  expiresAt: true,
  confirmedAt: true,
  cancelledAt: true,
  cancelledBy: true,
  cancelReason: true,
  completedAt: true,
  refundAmount: true,
  rescheduleFeeAmount: true,
  policySnapshot: true,
  createdAt: true,
  customer: { select: { id: true, name: true } },
  provider: { select: { id: true, slug: true, businessName: true, userId: true } },
  payment: { select: bookingPaymentSelect },
  // Only fees whose reschedule committed are linked; those charged (or being charged) are shown.
  rescheduleFees: { where: { status: { in: ["AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"] } }, select: rescheduleFeePaymentSelect, orderBy: { rescheduleNumber: "asc" } },
} satisfies Prisma.BookingSelect;

export type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>;

export function toBookingDto(row: BookingRow) {
  return {
    id: row.id,
    status: row.status,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    service: { id: row.serviceId, name: row.serviceName },
    price: { amount: row.priceAmount, currency: row.currency },
    address: row.addressLine,
    notes: row.notes,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelledBy: row.cancelledBy,
    cancelReason: row.cancelReason,
    completedAt: row.completedAt?.toISOString() ?? null,
    refundAmount: row.refundAmount,
    createdAt: row.createdAt.toISOString(),
    customer: row.customer,
    provider: { id: row.provider.id, slug: row.provider.slug, businessName: row.provider.businessName },
    policy: readPolicy(row.policySnapshot),
    reschedulePolicy: readReschedulePolicy(row.policySnapshot),
    /** Reschedule fees owed under that policy, summed; each one is charged on the booking's card (rescheduleFees). */
    rescheduleFeeAmount: row.rescheduleFeeAmount,
    /** What happened to the money: authorized, captured, refunded (null for bookings made before payments). */
    payment: toBookingPaymentDto(row.payment),
    /** One charge per reschedule that carried a fee, oldest first. */
    rescheduleFees: row.rescheduleFees.map(toRescheduleFeeDto),
  };
}

/** The cancellation terms the customer accepted; null if the stored snapshot is unreadable (never fail a listing over it). */
function readPolicy(json: unknown): PolicySnapshot | null {
  try {
    return parsePolicySnapshot(json);
  } catch {
    return null;
  }
}

function readReschedulePolicy(json: unknown): ReschedulePolicy | null {
  try {
    return parseRescheduleSnapshot(json);
  } catch {
    return null;
  }
}

export type BookingDto = ReturnType<typeof toBookingDto>;

/**
 * A booking as one actor sees it: the DTO, the viewer's capacity, where the booking stands and what
 * the viewer may do with it (`allowed`, as bounties carry). `as` is the capacity a page shows the
 * booking in (the customer's page, the provider's dashboard): a viewer in another capacity gets
 * every flag false, a read-only view.
 */
export function toBookingView(row: BookingRow, actor: Actor, { now = new Date(), as }: { now?: Date; as?: BookingViewer } = {}) {
  const viewer = viewerOf(actor, { customerId: row.customer.id, provider: row.provider });
  const times = { status: row.status, startsAt: row.startsAt, endsAt: row.endsAt, expiresAt: row.expiresAt, paymentStatus: row.payment?.status ?? null };
  return {
    ...toBookingDto(row),
    viewer,
    phase: bookingPhase(times, now),
    allowed: as && viewer !== as ? noBookingActions : allowedBookingActions(viewer, times, now),
  };
}

export type BookingView = ReturnType<typeof toBookingView>;
