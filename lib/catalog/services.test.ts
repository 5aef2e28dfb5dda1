import { DateTime } from "luxon";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { getServiceSlots } from "../availability/get-service-slots";
import { getProvider } from "../providers/get-provider";
import { archiveService } from "./archive-service";
import { createService } from "./create-service";
import { listMyServices } from "./list-my-services";
import { pauseService } from "./pause-service";
import { resumeService } from "./resume-service";
import { updateService } from "./update-service";
import { updateServiceSettings } from "./update-service-settings";

setupTestDatabase();

const now = new Date("2030-01-07T12:00:00Z");
const tuesday = DateTime.fromISO("2030-01-08T00:00", { zone: "America/New_York" });
const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

let categories: Record<string, string>;

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
const fieldsOf = (error: AppError) => (error.details as { fields: Record<string, string[]> }).fields;

const newService = () => ({
  name: "Window cleaning",
  description: "Inside and out.",
  categoryId: categories.cleaning,
  priceAmount: 12_000,
  currency: "USD" as const,
  durationMin: 90,
});

beforeAll(async () => {
  categories = await makeCategoryTree();
});

describe("createService", () => {
  it("adds a bookable service in a leaf category with the schema's defaults, audited and published", async () => {
    const p = await makeProvider();
    const created = await createService({ actor: asProvider(p), ...newService(), depositAmount: 3_000, rescheduleCutoffHours: 24 });
    expect(created).toMatchObject({ providerId: p.id, name: "Window cleaning", priceAmount: 12_000, depositAmount: 3_000, active: true, bookingMode: "REQUEST", cancellationPolicy: "MODERATE", rescheduleCutoffHours: 24, archivedAt: null });
    const slots = await getServiceSlots({ serviceId: created.id, query: { from: tuesday.toUTC().toISO(), to: tuesday.plus({ days: 1 }).toUTC().toISO() }, now: now.getTime() });
    expect(slots.data.length).toBeGreaterThan(0);
    expect((await getProvider({ slug: p.slug })).services.map((s) => s.name)).toContain("Window cleaning");
    expect(await db.auditLog.count({ where: { entityType: "Service", entityId: created.id, action: "service.created", actorId: p.userId } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { type: "service.created" } })).toBeGreaterThan(0);
  });

  it("refuses a parent category, an unknown one, a deposit above the price and a fee window inside the cutoff", async () => {
    const p = await makeProvider();
    const parent = await expectAppError(createService({ actor: asProvider(p), ...newService(), categoryId: categories.home }), "VALIDATION_FAILED");
    expect(fieldsOf(parent)).toEqual({ categoryId: ["Choose a more specific category"] });
    const unknown = await expectAppError(createService({ actor: asProvider(p), ...newService(), categoryId: "nope" }), "VALIDATION_FAILED");
    expect(fieldsOf(unknown)).toEqual({ categoryId: ["Choose a category from the list"] });
    const rules = await expectAppError(
      createService({ actor: asProvider(p), ...newService(), depositAmount: 12_001, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 12, rescheduleFeePercent: 20 }),
      "VALIDATION_FAILED",
    );
    expect(Object.keys(fieldsOf(rules)).sort()).toEqual(["depositAmount", "rescheduleFeeWithinHours"]);
    const shape = await expectAppError(createService({ actor: asProvider(p), ...newService(), name: "", priceAmount: 10.5, currency: "XYZ" as "USD", durationMin: 2 }), "VALIDATION_FAILED");
    expect(Object.keys(fieldsOf(shape)).sort()).toEqual(["currency", "durationMin", "name", "priceAmount"]);
    expect(await db.service.count({ where: { providerId: p.id } })).toBe(1);
  });

  it("only providers create services, always on their own profile", async () => {
    const a = await makeProvider();
    const customer = await makeCustomer();
    await expectAppError(createService({ actor: { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null }, ...newService() }), "FORBIDDEN");
    const b = await makeProvider();
    await expectAppError(createService({ actor: { ...asProvider(b), providerId: a.id }, ...newService() }), "NOT_FOUND");
    expect(await db.service.count({ where: { providerId: a.id } })).toBe(1);
  });
});

describe("updateService", () => {
  it("a price change reaches new bookings only: existing bookings keep their snapshot", async () => {
    const p = await makeProvider({ services: [{ name: "Clean", priceAmount: 9_000, cancellationPolicy: "FLEXIBLE" }] });
    const serviceId = p.services[0].id;
    const customer = await makeCustomer();
    const booking = await makeBooking({ serviceId, customerId: customer.id, startsAt: tuesday.set({ hour: 10 }).toJSDate(), createdAt: now });
    const before = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    const updated = await updateService({ actor: asProvider(p), serviceId, name: "Deep clean", priceAmount: 15_000, depositAmount: 5_000, rescheduleCutoffHours: 48 });
    expect(updated).toMatchObject({ name: "Deep clean", priceAmount: 15_000, depositAmount: 5_000, rescheduleCutoffHours: 48 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toEqual(before);
    expect(before).toMatchObject({ serviceName: "Clean", priceAmount: 9_000 });

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: serviceId, action: "service.details_updated" } });
    expect(audit.data).toEqual({ changes: { name: { from: "Clean", to: "Deep clean" }, priceAmount: { from: 9_000, to: 15_000 }, depositAmount: { from: null, to: 5_000 }, rescheduleCutoffHours: { from: 0, to: 48 } } });
  });

  it("checks the deposit against the price the service will have, and the category is a leaf", async () => {
    const p = await makeProvider({ services: [{ priceAmount: 9_000 }] });
    const serviceId = p.services[0].id;
    await updateService({ actor: asProvider(p), serviceId, depositAmount: 9_000 });
    const lower = await expectAppError(updateService({ actor: asProvider(p), serviceId, priceAmount: 5_000 }), "VALIDATION_FAILED");
    expect(fieldsOf(lower)).toEqual({ depositAmount: ["The deposit cannot be more than the price"] });
    await expectAppError(updateService({ actor: asProvider(p), serviceId, categoryId: categories.lessons }), "VALIDATION_FAILED");
    expect(await updateService({ actor: asProvider(p), serviceId, categoryId: categories.tutoring })).toMatchObject({ categoryId: categories.tutoring });
  });

  it("provider B cannot edit, pause or archive provider A's service; customers cannot either", async () => {
    const a = await makeProvider();
    const b = await makeProvider();
    const customer = await makeCustomer();
    const serviceId = a.services[0].id;
    const customerActor: Actor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    for (const actor of [asProvider(b), customerActor]) {
      const code = actor.role === "CUSTOMER" ? "FORBIDDEN" : "NOT_FOUND";
      await expectAppError(updateService({ actor, serviceId, priceAmount: 1_00 }), code);
      await expectAppError(pauseService({ actor, serviceId }), code);
      await expectAppError(resumeService({ actor, serviceId }), code);
      await expectAppError(archiveService({ actor, serviceId }), code);
    }
    expect(await db.service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({ priceAmount: 8_500, active: true, archivedAt: null });
  });
});

describe("pause and archive", () => {
  it("pausing keeps the service in the owner's list but off the public page and unbookable; resuming brings it back", async () => {
    const p = await makeProvider({ services: [{ name: "One" }, { name: "Two" }] });
    const [one] = p.services;
    const paused = await pauseService({ actor: asProvider(p), serviceId: one.id });
    expect(paused.active).toBe(false);
    expect((await listMyServices({ actor: asProvider(p) })).map((s) => [s.name, s.active])).toEqual([["Two", true], ["One", false]]);
    expect((await getProvider({ slug: p.slug })).services.map((s) => s.name)).toEqual(["Two"]);
    await expectAppError(getServiceSlots({ serviceId: one.id, query: {}, now: now.getTime() }), "NOT_FOUND");
    expect((await resumeService({ actor: asProvider(p), serviceId: one.id })).active).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: one.id, action: "service.updated" } })).toBe(2);
  });

  it("archiving a service with bookings keeps the row and the bookings, hides it everywhere and freezes it", async () => {
    const p = await makeProvider({ services: [{ name: "Old" }, { name: "Kept" }] });
    const [old] = p.services;
    const customer = await makeCustomer();
    const booking = await makeBooking({ serviceId: old.id, customerId: customer.id, startsAt: tuesday.set({ hour: 11 }).toJSDate(), createdAt: now });

    const archived = await archiveService({ actor: asProvider(p), serviceId: old.id });
    expect(archived).toMatchObject({ active: false, archivedAt: expect.any(Date) });
    expect(await db.service.count({ where: { id: old.id } })).toBe(1);
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "CONFIRMED", serviceId: old.id });
    expect((await listMyServices({ actor: asProvider(p) })).map((s) => s.name)).toEqual(["Kept"]);
    expect((await listMyServices({ actor: asProvider(p), includeArchived: true })).map((s) => s.name).sort()).toEqual(["Kept", "Old"]);
    expect((await getProvider({ slug: p.slug })).services.map((s) => s.name)).toEqual(["Kept"]);

    // Archived is final: no edits, no resuming, not through the settings form either.
    await expectAppError(resumeService({ actor: asProvider(p), serviceId: old.id }), "INVALID_STATE");
    await expectAppError(updateService({ actor: asProvider(p), serviceId: old.id, name: "Back" }), "INVALID_STATE");
    await expectAppError(updateServiceSettings({ actor: asProvider(p), serviceId: old.id, active: true }), "INVALID_STATE");
    await expectAppError(archiveService({ actor: asProvider(p), serviceId: old.id }), "INVALID_STATE");
  });
});
