import { db } from "@/lib/core/db";
import { settleDispatches } from "@/lib/events/dispatch";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { makeCustomer, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { hashToken } from "@/lib/users/account-tokens";
import { authenticateUser } from "@/lib/users/authenticate-user";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { changePassword } from "@/lib/users/change-password";
import { loadActor } from "@/lib/core/auth/load-actor";
import { failure, randomIp, signInSession, tokenFromLatestEmail } from "@/lib/users/account-test-helpers";
import { POST as requestRoute } from "@/app/api/auth/password-reset/route";

setupTestDatabase();

const HOUR = 3_600_000;

describe("requestPasswordReset and resetPassword", () => {
  it("emails a single-use link whose token is stored only as its hash, and the new password works", async () => {
    const user = await makeCustomer();
    await requestPasswordReset({ email: user.email.toUpperCase(), ip: randomIp() });
    const token = await tokenFromLatestEmail(user.email, "password-reset");

    const rows = await db.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(token));
    // The raw token appears nowhere in the token table, the outbox or the audit trail.
    const events = await db.outboxEvent.findMany({ where: { type: "user.password_reset_requested", payload: { path: ["data", "userId"], equals: user.id } } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify([rows, events])).not.toContain(token);

    await resetPassword({ token, password: "brand-new-secret" });
    await expect(authenticateUser({ email: user.email, password: "brand-new-secret", ip: randomIp() })).resolves.toMatchObject({ id: user.id });
    expect((await failure(authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: randomIp() }))).code).toBe("UNAUTHENTICATED");

    const again = await failure(resetPassword({ token, password: "another-secret-1" }));
    expect(again.code).toBe("INVALID_STATE");
  });

  it("refuses an expired link", async () => {
    const user = await makeCustomer();
    await requestPasswordReset({ email: user.email, ip: randomIp() });
    const token = await tokenFromLatestEmail(user.email, "password-reset");
    const expired = await failure(resetPassword({ token, password: "brand-new-secret", now: new Date(Date.now() + HOUR + 60_000) }));
    expect(expired.code).toBe("INVALID_STATE");
    await expect(authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: randomIp() })).resolves.toMatchObject({ id: user.id });
  });

  it("invalidates the previous link when a new one is requested", async () => {
    const user = await makeCustomer();
    await requestPasswordReset({ email: user.email, ip: randomIp() });
    const first = await tokenFromLatestEmail(user.email, "password-reset");
    await requestPasswordReset({ email: user.email, ip: randomIp() });
    const second = await tokenFromLatestEmail(user.email, "password-reset");
    expect(second).not.toBe(first);
    expect((await failure(resetPassword({ token: first, password: "brand-new-secret" }))).code).toBe("INVALID_STATE");
    await expect(resetPassword({ token: second, password: "brand-new-secret" })).resolves.toBeUndefined();
  });

  it("answers an unknown email exactly like a known one, and sends nothing", async () => {
    const known = await makeCustomer();
    const unknown = uniqueEmail("nobody");
    const ask = (email: string) =>
      requestRoute(new Request("http://localhost/api/auth/password-reset", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": randomIp() }, body: JSON.stringify({ email }) }), { params: Promise.resolve({}) });
    const [a, b] = [await ask(known.email), await ask(unknown)];
    expect(a.status).toBe(202);
    expect(b.status).toBe(a.status);
    expect(await b.json()).toEqual(await a.json());
    await settleDispatches();
    expect(await db.emailMessage.count({ where: { to: unknown } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: known.email, template: "password-reset" } })).toBe(1);
  });

  it("limits requests per email and per address with 429 and Retry-After", async () => {
    const email = uniqueEmail("flood");
    const ask = (ip: string) =>
      requestRoute(new Request("http://localhost/api/auth/password-reset", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify({ email }) }), { params: Promise.resolve({}) });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(randomIp())).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await ask(randomIp());
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");

    const ip = randomIp();
    const perIp = [];
    for (let i = 0; i < 11; i++) perIp.push((await requestRoute(new Request("http://localhost/api/auth/password-reset", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify({ email: uniqueEmail("spray") }) }), { params: Promise.resolve({}) })).status);
    expect(perIp.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(perIp[10]).toBe(429);
  });
});

describe("sessions end when the password changes", () => {
  it("a reset ends every session signed in before it", async () => {
    const user = await makeCustomer();
    const signedIn = await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: randomIp() });
    const session = await signInSession(signedIn);
    expect(await session.actor()).toMatchObject({ userId: user.id });

    await requestPasswordReset({ email: user.email, ip: randomIp() });
    await resetPassword({ token: await tokenFromLatestEmail(user.email, "password-reset"), password: "brand-new-secret" });
    expect(await session.actor()).toBeNull();

    const fresh = await signInSession(await authenticateUser({ email: user.email, password: "brand-new-secret", ip: randomIp() }));
    expect(await fresh.actor()).toMatchObject({ userId: user.id });
  });

  it("a password change needs the current password and ends the other sessions", async () => {
    const user = await makeCustomer();
    const session = await signInSession(await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: randomIp() }));
    const actor = (await loadActor(user.id))!;
    const wrong = await failure(changePassword({ actor, currentPassword: "not-my-password", newPassword: "brand-new-secret" }));
    expect(wrong.code).toBe("VALIDATION_FAILED");
    expect(await session.actor()).not.toBeNull();

    await changePassword({ actor, currentPassword: TEST_PASSWORD, newPassword: "brand-new-secret" });
    expect(await session.actor()).toBeNull();
    await expect(authenticateUser({ email: user.email, password: "brand-new-secret", ip: randomIp() })).resolves.toMatchObject({ id: user.id });
  });
});
