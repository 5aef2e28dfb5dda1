import { db } from "../core/db";
import { AppError } from "../core/errors";
import { verifyPassword } from "../core/auth/password";
import { setupTestDatabase } from "../testing/test-database";
import { uniqueToken } from "../../prisma/seed/builders";
import { registerUser } from "./register-user";
import { authenticateUser } from "./authenticate-user";
import { getMe } from "./get-me";
import { loadActor } from "../core/auth/load-actor";

setupTestDatabase();

const email = () => `u-${uniqueToken()}@example.test`;
const ip = () => `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("registerUser", () => {
  it("creates a customer with a hashed password and records user.registered with it", async () => {
    const address = email();
    const me = await registerUser({ email: address.toUpperCase(), password: "correct-horse", name: "Ada Lovelace", role: "customer" });
    expect(me).toMatchObject({ email: address, name: "Ada Lovelace", role: "customer" });
    expect(me).not.toHaveProperty("providerSlug");

    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "correct-horse")).toBe(true);
    const events = await db.outboxEvent.findMany({ where: { type: "user.registered", payload: { path: ["data", "userId"], equals: me.id } } });
    expect(events).toHaveLength(1);
  });

  it("gives a provider a profile with a slug", async () => {
    const me = await registerUser({ email: email(), password: "correct-horse", name: `Sparkle & Shine ${uniqueToken()}`, role: "provider", timeZone: "Europe/London" });
    expect(me.role).toBe("provider");
    expect(me.providerSlug).toMatch(/^sparkle-and-shine-/);
    const actor = await loadActor(me.id);
    expect(actor).toMatchObject({ role: "PROVIDER", providerId: expect.any(String) });
    expect((await getMe({ actor: actor! })).providerSlug).toBe(me.providerSlug);
  });

  it("rejects a taken email with 409 and bad fields with 422, creating nothing", async () => {
    const address = email();
    await registerUser({ email: address, password: "correct-horse", name: "First", role: "customer" });
    const taken = await failure(registerUser({ email: address, password: "another-pass", name: "Second", role: "customer" }));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.status).toBe(409);

    const invalid = await failure(registerUser({ email: "not-an-email", password: "short", name: "", role: "admin" as "customer" }));
    expect(invalid.code).toBe("VALIDATION_FAILED");
    expect(Object.keys((invalid.details as { fields: object }).fields).sort()).toEqual(["email", "name", "password", "role"]);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });
});

describe("authenticateUser", () => {
  it("accepts the right password and refuses a wrong one or an unknown email with the same error", async () => {
    const address = email();
    const me = await registerUser({ email: address, password: "correct-horse", name: "Grace", role: "customer" });
    await expect(authenticateUser({ email: address, password: "correct-horse", ip: ip() })).resolves.toMatchObject({ id: me.id, role: "CUSTOMER" });

    const wrong = await failure(authenticateUser({ email: address, password: "wrong-horse", ip: ip() }));
    const unknown = await failure(authenticateUser({ email: email(), password: "wrong-horse", ip: ip() }));
    expect(wrong.toJSON()).toEqual(unknown.toJSON());
    expect(wrong.code).toBe("UNAUTHENTICATED");
  });

  it("locks an account after repeated failures, even with the right password, from any address", async () => {
    const address = email();
    await registerUser({ email: address, password: "correct-horse", name: "Target", role: "customer" });
    for (let i = 0; i < 5; i++) await failure(authenticateUser({ email: address, password: `guess-${i}`, ip: ip() }));
    const locked = await failure(authenticateUser({ email: address, password: "correct-horse", ip: ip() }));
    expect(locked.code).toBe("RATE_LIMITED");
    expect((locked.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("limits one address trying many accounts", async () => {
    const attacker = ip();
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) codes.push((await failure(authenticateUser({ email: email(), password: "guess", ip: attacker }))).code);
    expect(codes.slice(0, 20).every((c) => c === "UNAUTHENTICATED")).toBe(true);
    expect(codes[20]).toBe("RATE_LIMITED");
  });

  it("refuses disabled accounts, and their sessions stop resolving to an actor", async () => {
    const address = email();
    const me = await registerUser({ email: address, password: "correct-horse", name: "Gone", role: "customer" });
    await db.user.update({ where: { id: me.id }, data: { disabledAt: new Date() } });
    expect((await failure(authenticateUser({ email: address, password: "correct-horse", ip: ip() }))).code).toBe("UNAUTHENTICATED");
    expect(await loadActor(me.id)).toBeNull();
  });
});
