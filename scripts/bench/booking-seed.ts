import { DateTime } from "luxon";
import type { Db } from "../../lib/core/db";
import type { Actor } from "../../lib/core/auth/actor";
import { computeSlots } from "../../lib/availability/compute-slots";
import { loadSlotInputs } from "../../lib/availability/load-slot-inputs";
import { EVERY_DAY, createCategoryTree, createProvider, createUser, uniqueToken, weeklyHours } from "../../prisma/seed/builders";
import { pick } from "./stats";

const DAY = 86_400_000;
const ZONES = ["America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata"];
// Not a real hash: bench users never sign in, and argon2 would make seeding crawl.
const NO_LOGIN = "bench-user-without-a-password";

export interface BenchTarget {
  providerId: string;
  serviceId: string;
  /** Every free start of the bench days, as ISO strings: attempts pick among them. */
  starts: string[];
}

export interface BenchFixture {
  targets: BenchTarget[];
  customers: Actor[];
}

/**
 * Providers open every day 08:00–20:00 in assorted zones, each with one service whose buffered
 * block is 75–150 minutes on a 15- or 30-minute grid, and a crowd of customers. Attempts aim at
 * `days` local dates a month from now, so most of them collide.
 */
export async function seedBenchFixture(db: Db, options: { providers: number; customers: number; days: number; random: () => number }) {
  await createCategoryTree(db);
  const firstDay = DateTime.utc().plus({ days: 30 }).startOf("day");
  const targets: BenchTarget[] = [];
  for (let i = 0; i < options.providers; i++) {
    const token = uniqueToken();
    const provider = await createProvider(db, {
      slug: `bench-${token}`,
      email: `bench-provider-${token}@example.test`,
      businessName: `Bench Provider ${token}`,
      passwordHash: NO_LOGIN,
      timeZone: pick(options.random, ZONES),
      weeklyHours: weeklyHours(EVERY_DAY, "08:00", "20:00"),
      services: [
        {
          name: "Bench service",
          categorySlug: "cleaning",
          durationMin: pick(options.random, [60, 90, 120]),
          bufferBeforeMin: pick(options.random, [0, 15]),
          bufferAfterMin: pick(options.random, [15, 30]),
          slotStepMin: pick(options.random, [15, 30]),
          minNoticeMin: 0,
          horizonDays: 365,
          bookingMode: pick(options.random, ["INSTANT", "REQUEST"] as const),
        },
      ],
    });
    const serviceId = provider.services[0].id;
    const from = firstDay.toMillis();
    const to = from + options.days * DAY;
    const { rules } = await loadSlotInputs(db, serviceId, from, to);
    const starts = computeSlots(rules, [], Date.now(), from, to).map((slot) => new Date(slot.start).toISOString());
    targets.push({ providerId: provider.id, serviceId, starts });
  }
  const customers: Actor[] = [];
  for (let i = 0; i < options.customers; i++) {
    const user = await createUser(db, { email: `bench-customer-${uniqueToken()}@example.test`, passwordHash: NO_LOGIN });
    customers.push({ userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null });
  }
  return { targets, customers } satisfies BenchFixture;
}
