import { db, type Db, type Tx } from "../core/db";
import {
  createBooking,
  createCategoryTree,
  createPastBookingWithReview,
  createProvider,
  createService,
  createUser,
  uniqueToken,
  type CreateBookingOptions,
  type CreateProviderOptions,
  type CreateServiceOptions,
  type CreateUserOptions,
  type PastBookingWithReviewOptions,
} from "../../prisma/seed/builders";

/**
 * Test factories: the seed's scenario builders with unique emails and slugs, because test files
 * share one PostgreSQL database in CI and run in parallel. Each takes overrides and, optionally,
 * an open transaction.
 */

export const TEST_PASSWORD = "test-password-123";

/**
 * argon2id of TEST_PASSWORD, computed once and pasted here: hashing takes ~50 ms by design, which
 * adds up over hundreds of factory calls. factories.test.ts proves it still verifies.
 */
export const TEST_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$pv7k5TgHe4X4XJ40DtHqEw$1qUkWcLPgD0+933v57vlwFl5gmo5ctchS3tUO3+x9ew";

/** `.test` is reserved (RFC 2606), so factory users never collide with the demo's @example.com. */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${uniqueToken()}@example.test`;
}

function withTestPassword<T extends { password?: string; passwordHash?: string }>(overrides: T) {
  return { ...overrides, passwordHash: overrides.passwordHash ?? (overrides.password ? undefined : TEST_PASSWORD_HASH) };
}

type UserOverrides = Omit<CreateUserOptions, "role">;

export function makeCustomer(overrides: UserOverrides = {}, client: Db | Tx = db) {
  return createUser(client, { email: uniqueEmail("customer"), name: "Test Customer", ...withTestPassword(overrides), role: "CUSTOMER" });
}

export function makeAdmin(overrides: UserOverrides = {}, client: Db | Tx = db) {
  return createUser(client, { email: uniqueEmail("admin"), name: "Test Admin", ...withTestPassword(overrides), role: "ADMIN" });
}

/** A Brooklyn provider (Mon–Fri 09:00–17:00, one cleaning service) unless overridden. */
export function makeProvider(overrides: CreateProviderOptions = {}, client: Db | Tx = db) {
  const token = uniqueToken();
  return createProvider(client, {
    email: uniqueEmail("provider"),
    businessName: `Test Provider ${token}`,
    slug: `test-provider-${token}`,
    ...withTestPassword(overrides),
  });
}

export function makeService(options: CreateServiceOptions, client: Db | Tx = db) {
  return createService(client, options);
}

export function makeBooking(options: CreateBookingOptions, client: Db | Tx = db) {
  return createBooking(client, options);
}

export function makePastBookingWithReview(options: PastBookingWithReviewOptions, client: Db | Tx = db) {
  return createPastBookingWithReview(client, options);
}

/** The default category tree (idempotent); returns ids by slug. */
export function makeCategoryTree(client: Db | Tx = db) {
  return createCategoryTree(client);
}
