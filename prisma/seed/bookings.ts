import type { Db, Tx } from "../../lib/core/db";
import type { BookingStatus } from "../../lib/generated/prisma/enums";
import { addMinutes } from "./time";
import { cancellationPolicies } from "../../lib/bookings/cancellation-policy";
import { bookingInterval } from "../../lib/bookings/booking-interval";

export interface CreateBookingOptions {
  serviceId: string;
  customerId: string;
  startsAt: Date;
  status?: BookingStatus;
  addressLine?: string;
  notes?: string;
  /** When the customer booked; defaults to now (or three days before a booking in the past). */
  createdAt?: Date;
}

export const bookingSelect = {
  id: true,
  providerId: true,
  customerId: true,
  serviceId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  blockStartsAt: true,
  blockEndsAt: true,
  priceAmount: true,
  currency: true,
  timeZone: true,
} as const;

/** The service columns a booking copies, plus the provider facts the builders need. */
export function loadServiceForBooking(client: Db | Tx, serviceId: string) {
  return client.service.findUniqueOrThrow({
    where: { id: serviceId },
    select: {
      id: true,
      providerId: true,
      name: true,
      priceAmount: true,
      currency: true,
      durationMin: true,
      bufferBeforeMin: true,
      bufferAfterMin: true,
      requestExpiryHours: true,
      cancellationPolicy: true,
      provider: {
        select: { userId: true, timeZone: true, availability: { select: { weekday: true, startMinute: true, endMinute: true } } },
      },
    },
  });
}

export type ServiceForBooking = Awaited<ReturnType<typeof loadServiceForBooking>>;

/** The row of a booking (any status), with price and policy copied from the service as it is now. */
export function bookingData(service: ServiceForBooking, options: CreateBookingOptions) {
  const status = options.status ?? "CONFIRMED";
  const interval = bookingInterval(service, options.startsAt);
  const now = new Date();
  const createdAt =
    options.createdAt ?? (interval.startsAt < now ? addMinutes(interval.startsAt, -3 * 24 * 60) : now);
  const confirmed = status === "CONFIRMED" || status === "COMPLETED" || status === "NO_SHOW";
  return {
    customerId: options.customerId,
    providerId: service.providerId,
    serviceId: service.id,
    status,
    ...interval,
    serviceName: service.name,
    priceAmount: service.priceAmount,
    currency: service.currency,
    timeZone: service.provider.timeZone,
    policySnapshot: { ...cancellationPolicies[service.cancellationPolicy] },
    addressLine: options.addressLine ?? "",
    notes: options.notes ?? "",
    createdAt,
    expiresAt: status === "REQUESTED" ? addMinutes(createdAt, service.requestExpiryHours * 60) : null,
    confirmedAt: confirmed ? createdAt : null,
    completedAt: status === "COMPLETED" ? interval.endsAt : null,
  };
}

/**
 * A booking at an explicit instant. REQUESTED/CONFIRMED ones are guarded by the database's
 * exclusion constraint, so a clash fails here exactly as it would in production.
 */
export async function createBooking(client: Db | Tx, options: CreateBookingOptions) {
  const service = await loadServiceForBooking(client, options.serviceId);
  return client.booking.create({ data: bookingData(service, options), select: bookingSelect });
}

/**
 * Runs `work` atomically whether the caller handed us the client or an open transaction. A
 * transaction client also has `$transaction` (savepoints, which PGlite's adapter lacks), but never
 * `$connect`; `typeof` rather than `in`, because lib/core/db's lazy proxy only traps property reads.
 */
export function inTransaction<T>(client: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  const root = client as Partial<Db>;
  return typeof root.$connect === "function" ? (client as Db).$transaction(work) : work(client as Tx);
}
