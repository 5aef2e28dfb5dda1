import { randomUUID } from "node:crypto";
import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import type { Role } from "../generated/prisma/enums";

/**
 * Minimal rows for this domain's integration tests. Unique emails and slugs, because with
 * DATABASE_URL every test file shares one database.
 */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createTestUser(options: { role?: Role; name?: string; timeZone?: string } = {}) {
  const user = await db.user.create({
    data: {
      email: `${unique("user")}@example.test`,
      name: options.name ?? "Test User",
      passwordHash: "not-a-real-hash",
      role: options.role ?? "CUSTOMER",
      timeZone: options.timeZone ?? "UTC",
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

export function actorFor(user: { id: string; role: Role }, providerId: string | null = null): Actor {
  return { userId: user.id, role: user.role, isSuperAdmin: false, providerId };
}

/** A REQUESTED booking between a fresh customer (New York) and a fresh provider (London). */
export async function createTestBooking(options: { businessName?: string; serviceName?: string } = {}) {
  const customer = await createTestUser({ name: "Casey Customer", timeZone: "America/New_York" });
  const providerUser = await createTestUser({ role: "PROVIDER", name: "Pat Provider", timeZone: "Europe/London" });
  const category = await db.category.create({ data: { slug: unique("cat"), name: "Cleaning" }, select: { id: true } });
  const provider = await db.providerProfile.create({
    data: {
      userId: providerUser.id,
      slug: unique("provider"),
      businessName: options.businessName ?? "Sparkle & Co",
      timeZone: "Europe/London",
      city: "London",
    },
    select: { id: true },
  });
  const service = await db.service.create({
    data: { providerId: provider.id, categoryId: category.id, name: options.serviceName ?? "Deep clean", priceAmount: 8500, currency: "GBP", durationMin: 120 },
    select: { id: true, name: true },
  });
  const startsAt = new Date(Date.UTC(2030, 2, 14, 15, 0));
  const endsAt = new Date(Date.UTC(2030, 2, 14, 17, 0));
  const booking = await db.booking.create({
    data: {
      customerId: customer.id,
      providerId: provider.id,
      serviceId: service.id,
      status: "REQUESTED",
      startsAt,
      endsAt,
      blockStartsAt: startsAt,
      blockEndsAt: endsAt,
      serviceName: service.name,
      priceAmount: 8500,
      currency: "GBP",
      timeZone: "Europe/London",
      policySnapshot: {},
      addressLine: "221B Baker Street",
    },
    select: { id: true },
  });
  return { booking, customer, providerUser, providerId: provider.id };
}
