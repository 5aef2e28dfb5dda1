import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { makeCustomer, makeProvider, TEST_PASSWORD } from "../testing/factories";
import { registerUser } from "./register-user";
import { authenticateUser } from "./authenticate-user";
import { loadActor } from "../core/auth/load-actor";
import { verifyEmail } from "./verify-email";
import { resendVerification } from "./resend-verification";
import { changeEmail } from "./change-email";
import { updateProfile } from "./update-profile";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { getMe } from "./get-me";
import { failure, randomIp, tokenFromLatestEmail } from "./account-test-helpers";
import { postBounty } from "../bounties/post-bounty";
import { startOnboarding } from "../payouts/start-onboarding";
import { uniqueToken } from "../../prisma/seed/builders";

setupTestDatabase();

const email = () => `acct-${uniqueToken()}@example.test`;
const actorOf = async (id: string) => (await loadActor(id))!;

describe("email verification", () => {
  it("sign-up sends a link; following it verifies once; resend replaces the link and is rate-limited", async () => {
    const address = email();
    const me = await registerUser({ email: address, password: "correct-horse", name: "New Person", role: "customer" });
    expect(me.emailVerified).toBe(false);
    const first = await tokenFromLatestEmail(address, "email-verification");
    const actor = await actorOf(me.id);

    await resendVerification({ actor });
    const second = await tokenFromLatestEmail(address, "email-verification");
    expect(second).not.toBe(first);
    expect((await failure(verifyEmail({ token: first }))).code).toBe("INVALID_STATE");

    await expect(verifyEmail({ token: second })).resolves.toEqual({ email: address });
    expect((await getMe({ actor })).emailVerified).toBe(true);
    expect((await failure(verifyEmail({ token: second }))).code).toBe("INVALID_STATE");
    expect((await failure(resendVerification({ actor }))).code).toBe("INVALID_STATE");
    expect(JSON.stringify(await db.accountToken.findMany({ where: { userId: me.id } }))).not.toContain(second);
  });

  it("limits resends with RATE_LIMITED and a retry time", async () => {
    const me = await makeCustomer({ emailVerified: false });
    const actor = await actorOf(me.id);
    for (let i = 0; i < 3; i++) await resendVerification({ actor });
    const limited = await failure(resendVerification({ actor }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.status).toBe(429);
    expect((limited.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses bounty posting and payout onboarding until verified", async () => {
    const customer = await makeCustomer({ emailVerified: false });
    const refused = await failure(
      postBounty({ actor: await actorOf(customer.id), title: "Fix my fence", description: "A panel blew down in the storm.", categorySlug: "anything", budgetAmount: 5000, currency: "USD", isRemote: true, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), skills: [], photoKeys: [], verifiedOnly: false } as never),
    );
    expect(refused.code).toBe("EMAIL_NOT_VERIFIED");
    expect(refused.status).toBe(403);

    const provider = await makeProvider({ emailVerified: false });
    const onboarding = await failure(startOnboarding({ actor: await actorOf(provider.userId) }));
    expect(onboarding.code).toBe("EMAIL_NOT_VERIFIED");
  });
});

describe("account settings", () => {
  it("changes the name of the signed-in user only", async () => {
    const [me, other] = await Promise.all([makeCustomer(), makeCustomer()]);
    const actor = await actorOf(me.id);
    await expect(updateProfile({ actor, name: "  Renamed Person " })).resolves.toMatchObject({ name: "Renamed Person" });
    const forbidden = await Promise.all([
      failure(updateProfile({ actor, userId: other.id, name: "Hijacked" })),
      failure(changePassword({ actor, userId: other.id, currentPassword: TEST_PASSWORD, newPassword: "brand-new-secret" })),
      failure(changeEmail({ actor, userId: other.id, email: email(), currentPassword: TEST_PASSWORD })),
      failure(deleteAccount({ actor, userId: other.id, password: TEST_PASSWORD })),
    ]);
    expect(forbidden.map((e) => e.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { name: true, email: true, disabledAt: true } })).toEqual({ name: other.name, email: other.email, disabledAt: null });
  });

  it("keeps the old email until the new one is verified, and checks uniqueness", async () => {
    const [me, other] = await Promise.all([makeCustomer(), makeCustomer()]);
    const actor = await actorOf(me.id);
    const taken = await failure(changeEmail({ actor, email: other.email, currentPassword: TEST_PASSWORD }));
    expect(taken.code).toBe("CONFLICT");
    expect((await failure(changeEmail({ actor, email: email(), currentPassword: "wrong-password" }))).code).toBe("VALIDATION_FAILED");

    const next = email();
    await changeEmail({ actor, email: next.toUpperCase(), currentPassword: TEST_PASSWORD });
    expect(await getMe({ actor })).toMatchObject({ email: me.email, pendingEmail: next, emailVerified: true });
    await expect(authenticateUser({ email: me.email, password: TEST_PASSWORD, ip: randomIp() })).resolves.toMatchObject({ id: me.id });

    await verifyEmail({ token: await tokenFromLatestEmail(next, "email-verification") });
    expect(await getMe({ actor })).toMatchObject({ email: next, pendingEmail: null, emailVerified: true });
    await expect(authenticateUser({ email: next, password: TEST_PASSWORD, ip: randomIp() })).resolves.toMatchObject({ id: me.id });
  });

  it("refuses a pending email that another account took before the link was followed", async () => {
    const me = await makeCustomer();
    const next = email();
    await changeEmail({ actor: await actorOf(me.id), email: next, currentPassword: TEST_PASSWORD });
    const token = await tokenFromLatestEmail(next, "email-verification");
    await makeCustomer({ email: next });
    expect((await failure(verifyEmail({ token }))).code).toBe("CONFLICT");
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(me.email);
  });
});
