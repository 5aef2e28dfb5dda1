import { DateTime } from "luxon";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { getServiceSlots } from "../availability/get-service-slots";
import { getMyService } from "./get-my-service";
import { listMyServices } from "./list-my-services";
import { updateServiceSettings } from "./update-service-settings";

setupTestDatabase();

// Monday 7 January 2030, 07:00 in New York; factory providers work Mon–Fri 09:00–17:00 there.
const now = new Date("2030-01-07T12:00:00Z");
const ZONE = "America/New_York";
const tuesday = DateTime.fromISO("2030-01-08T00:00", { zone: ZONE });

const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

function provider() {
  return makeProvider({
    services: [
      { name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, priceAmount: 9000, cancellationPolicy: "FLEXIBLE" },
      { name: "Paused", categorySlug: "cleaning", active: false },
    ],
  });
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Tuesday's slot starts as New York wall-clock times. */
async function tuesdayStarts(serviceId: string) {
  const { data } = await getServiceSlots({
    serviceId,
    query: { from: tuesday.toUTC().toISO(), to: tuesday.plus({ days: 1 }).toUTC().toISO() },
    now: now.getTime(),
  });
  return data.map((slot) => DateTime.fromISO(slot.start, { zone: ZONE }).toFormat("HH:mm"));
}

beforeAll(async () => {
  await makeCategoryTree();
});

describe("service settings", () => {
  it("lists and reads only the provider's own services; others get FORBIDDEN or NOT_FOUND and change nothing", async () => {
    const p = await provider();
    const other = await provider();
    const customer = await makeCustomer();
    const customerActor: Actor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };

    const mine = await listMyServices({ actor: asProvider(p) });
    expect(mine.map((s) => [s.name, s.active])).toEqual([["Clean", true], ["Paused", false]]);
    expect(mine.every((s) => s.providerId === p.id)).toBe(true);
    expect((await getMyService({ actor: asProvider(p), serviceId: p.services[1].id })).name).toBe("Paused");

    const serviceId = p.services[0].id;
    await expectAppError(listMyServices({ actor: customerActor }), "FORBIDDEN");
    await expectAppError(updateServiceSettings({ actor: customerActor, serviceId, durationMin: 90 }), "FORBIDDEN");
    await expectAppError(getMyService({ actor: asProvider(other), serviceId }), "NOT_FOUND");
    await expectAppError(updateServiceSettings({ actor: asProvider(other), serviceId, durationMin: 90 }), "NOT_FOUND");
    await expectAppError(updateServiceSettings({ actor: asProvider(p), serviceId: "no-such-service", durationMin: 90 }), "NOT_FOUND");
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).durationMin).toBe(60);
  });

  it("refuses out-of-range settings with one error per field", async () => {
    const p = await provider();
    const error = await expectAppError(
      updateServiceSettings({
        actor: asProvider(p),
        serviceId: p.services[0].id,
        durationMin: 4,
        bufferBeforeMin: 241,
        bufferAfterMin: 1.5,
        minNoticeMin: 30 * 24 * 60 + 1,
        horizonDays: 0,
        slotStepMin: 241,
        requestExpiryHours: 169,
        bookingMode: "SOMETIMES" as "INSTANT",
        cancellationPolicy: "LENIENT" as "STRICT",
        active: "yes" as unknown as boolean,
      }),
      "VALIDATION_FAILED",
    );
    const fields = (error.details as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual(
      ["active", "bookingMode", "bufferAfterMin", "bufferBeforeMin", "cancellationPolicy", "durationMin", "horizonDays", "minNoticeMin", "requestExpiryHours", "slotStepMin"].sort(),
    );
    expect(fields.durationMin).toEqual(["The duration must be at least 5 minutes"]);
    expect(fields.bufferAfterMin).toEqual(["Enter the buffer after as a whole number"]);
  });

  it("changes the slots customers see: duration, step and buffers, and pausing the service", async () => {
    const p = await provider();
    const serviceId = p.services[0].id;
    expect(await tuesdayStarts(serviceId)).toEqual(["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]);

    await updateServiceSettings({ actor: asProvider(p), serviceId, durationMin: 120, slotStepMin: 90 });
    expect(await tuesdayStarts(serviceId)).toEqual(["09:00", "10:30", "12:00", "13:30", "15:00"]);

    // A one-hour booking at 12:00; a 60-minute buffer after each new job keeps 11:00 clear of it…
    await updateServiceSettings({ actor: asProvider(p), serviceId, durationMin: 60, slotStepMin: 60 });
    const customer = await makeCustomer();
    await makeBooking({ serviceId, customerId: customer.id, startsAt: tuesday.set({ hour: 12 }).toJSDate(), createdAt: now });
    expect(await tuesdayStarts(serviceId)).toEqual(["09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]);
    await updateServiceSettings({ actor: asProvider(p), serviceId, bufferAfterMin: 60 });
    expect(await tuesdayStarts(serviceId)).toEqual(["09:00", "10:00", "13:00", "14:00", "15:00", "16:00"]);
    // …and a 30-minute buffer before pushes 13:00 out of the booking's reach too.
    await updateServiceSettings({ actor: asProvider(p), serviceId, bufferBeforeMin: 30, bufferAfterMin: 0 });
    expect(await tuesdayStarts(serviceId)).toEqual(["09:00", "10:00", "11:00", "14:00", "15:00", "16:00"]);

    await updateServiceSettings({ actor: asProvider(p), serviceId, active: false });
    await expectAppError(tuesdayStarts(serviceId), "NOT_FOUND");
  });

  it("never touches existing bookings, and audits each changed setting once", async () => {
    const p = await provider();
    const serviceId = p.services[0].id;
    const customer = await makeCustomer();
    const booking = await makeBooking({ serviceId, customerId: customer.id, startsAt: tuesday.set({ hour: 10 }).toJSDate(), createdAt: now });
    const before = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    const updated = await updateServiceSettings({
      actor: asProvider(p),
      serviceId,
      durationMin: 180,
      bufferAfterMin: 45,
      cancellationPolicy: "STRICT",
      bookingMode: "INSTANT",
      requestExpiryHours: 48,
      horizonDays: 30,
      minNoticeMin: 24 * 60,
    });
    expect(updated).toMatchObject({ durationMin: 180, bufferAfterMin: 45, cancellationPolicy: "STRICT", bookingMode: "INSTANT", priceAmount: 9000 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toEqual(before);

    // Saving the same values again is not a change.
    await updateServiceSettings({ actor: asProvider(p), serviceId, durationMin: 180, cancellationPolicy: "STRICT" });
    const audit = await db.auditLog.findMany({ where: { entityType: "Service", entityId: serviceId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "service.settings_updated", actorId: p.userId });
    expect(audit[0].data).toEqual({
      changes: {
        durationMin: { from: 60, to: 180 },
        bufferAfterMin: { from: 0, to: 45 },
        cancellationPolicy: { from: "FLEXIBLE", to: "STRICT" },
        bookingMode: { from: "REQUEST", to: "INSTANT" },
        requestExpiryHours: { from: 24, to: 48 },
        horizonDays: { from: 60, to: 30 },
        minNoticeMin: { from: 120, to: 1440 },
      },
    });
  });
});
