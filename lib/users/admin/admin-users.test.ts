import { db } from "../../core/db";
import { setupTestDatabase } from "../../testing/test-database";
import { makeCustomer, makeProvider, uniqueEmail } from "../../testing/factories";
import { changeUserRole } from "./change-user-role";
import { getUserForAdmin } from "./get-user-for-admin";
import { searchUsers } from "./search-users";
import { suspendUser } from "./suspend-user";
import { unsuspendUser } from "./unsuspend-user";
import { adminActor, customerActor, providerActor, rejection, superAdminActor } from "./testing/actors";

setupTestDatabase();

const REASON = "Repeated no-shows reported by customers";

async function auditOf(userId: string) {
  return db.auditLog.findMany({ where: { entityType: "User", entityId: userId }, select: { action: true, actorId: true, data: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
async function outboxOf(userId: string) {
  const events = await db.outboxEvent.findMany({ where: { type: { startsWith: "user." } }, select: { type: true, payload: true }, orderBy: { createdAt: "asc" } });
  return events.filter((e) => (e.payload as { entity: { id: string } }).entity.id === userId).map((e) => e.type);
}

describe("searchUsers", () => {
  it("is for admins only", async () => {
    expect((await rejection(searchUsers({ actor: null, query: {} }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(searchUsers({ actor: await customerActor(), query: {} }))).code).toBe("FORBIDDEN");
    expect((await rejection(searchUsers({ actor: await providerActor(), query: {} }))).code).toBe("FORBIDDEN");
    await expect(searchUsers({ actor: await adminActor(), query: {} })).resolves.toHaveProperty("data");
    await expect(searchUsers({ actor: await superAdminActor(), query: {} })).resolves.toHaveProperty("data");
  });

  it("finds by email or name in any case, filters by role and status, and pages newest first", async () => {
    const admin = await adminActor();
    const tag = `zq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    // Explicit creation times, a second apart, so "newest first" does not hang on a tie.
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    const [a, b, c] = [
      await makeCustomer({ email: uniqueEmail(`${tag}-a`), name: "Alpha Person", createdAt: at(1) }),
      await makeCustomer({ email: uniqueEmail("plain"), name: `Bravo ${tag.toUpperCase()}`, createdAt: at(2) }),
      await makeProvider({ email: uniqueEmail(`${tag}-c`), createdAt: at(3) }),
    ];
    const found = await searchUsers({ actor: admin, query: { q: tag } });
    expect(found.data.map((u) => u.id)).toEqual([c.userId, b.id, a.id]);
    expect(found.data[0]).toMatchObject({ role: "PROVIDER", status: "active", provider: { id: c.id } });
    expect(found.data[0]).not.toHaveProperty("passwordHash");

    expect((await searchUsers({ actor: admin, query: { q: tag, role: "PROVIDER" } })).data.map((u) => u.id)).toEqual([c.userId]);

    await suspendUser({ actor: admin, userId: a.id, reason: REASON });
    expect((await searchUsers({ actor: admin, query: { q: tag, status: "suspended" } })).data.map((u) => u.id)).toEqual([a.id]);
    expect((await searchUsers({ actor: admin, query: { q: tag, status: "active" } })).data.map((u) => u.id)).toEqual([c.userId, b.id]);

    const first = await searchUsers({ actor: admin, query: { q: tag, limit: 2 } });
    expect(first.data.map((u) => u.id)).toEqual([c.userId, b.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await searchUsers({ actor: admin, query: { q: tag, limit: 2, cursor: first.nextCursor } });
    expect(second.data.map((u) => u.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();

    expect((await rejection(searchUsers({ actor: admin, query: { cursor: "garbage" } }))).code).toBe("VALIDATION_FAILED");
    expect((await rejection(searchUsers({ actor: admin, query: { role: "OWNER" } }))).code).toBe("VALIDATION_FAILED");
  });
});

describe("getUserForAdmin", () => {
  it("shows role, the listing, counts and recent audit entries, to admins only", async () => {
    const provider = await makeProvider();
    const admin = await adminActor();
    await suspendUser({ actor: admin, userId: provider.userId, reason: REASON });
    const detail = await getUserForAdmin({ actor: admin, userId: provider.userId });
    expect(detail).toMatchObject({
      id: provider.userId,
      role: "PROVIDER",
      status: "suspended",
      provider: { id: provider.id, slug: provider.slug, bookingsReceived: 0 },
      counts: { bookings: 0, bounties: 0, openBounties: 0 },
    });
    expect(detail.recentAudit[0]).toMatchObject({ action: "user.suspended", actor: { id: admin.userId }, data: { userId: provider.userId, reason: REASON } });

    expect((await rejection(getUserForAdmin({ actor: await customerActor(), userId: provider.userId }))).code).toBe("FORBIDDEN");
    expect((await rejection(getUserForAdmin({ actor: null, userId: provider.userId }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(getUserForAdmin({ actor: admin, userId: "no-such-user" }))).code).toBe("NOT_FOUND");
  });
});

describe("suspendUser and unsuspendUser", () => {
  it("write the change, an audit row with the reason and an outbox event in one go", async () => {
    const admin = await adminActor();
    const target = await makeCustomer();
    const suspended = await suspendUser({ actor: admin, userId: target.id, reason: `  ${REASON}  ` });
    expect(suspended).toMatchObject({ id: target.id, status: "suspended", suspendedAt: expect.any(String) });
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { disabledAt: true, sessionVersion: true } });
    expect(row.disabledAt).toBeInstanceOf(Date);
    expect(row.sessionVersion).toBe(1);

    const restored = await unsuspendUser({ actor: admin, userId: target.id, reason: "Customer appealed; reviewed and cleared" });
    expect(restored).toMatchObject({ status: "active", suspendedAt: null });
    // Sessions from before the suspension stay ended.
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { sessionVersion: true } })).sessionVersion).toBe(1);

    expect(await auditOf(target.id)).toEqual([
      { action: "user.suspended", actorId: admin.userId, data: { userId: target.id, reason: REASON } },
      { action: "user.unsuspended", actorId: admin.userId, data: { userId: target.id, reason: "Customer appealed; reviewed and cleared" } },
    ]);
    expect(await outboxOf(target.id)).toEqual(["user.suspended", "user.unsuspended"]);
  });

  it("need an admin, a reason, and a target that is neither the admin, a super admin nor deleted", async () => {
    const target = await makeCustomer();
    for (const actor of [null, await customerActor(), await providerActor()]) {
      expect((await rejection(suspendUser({ actor, userId: target.id, reason: REASON }))).code).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
      expect((await rejection(unsuspendUser({ actor, userId: target.id, reason: REASON }))).code).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    const admin = await adminActor();
    const noReason = await rejection(suspendUser({ actor: admin, userId: target.id, reason: "   " }));
    expect(noReason.code).toBe("VALIDATION_FAILED");
    expect(Object.keys((noReason.details as { fields: object }).fields)).toEqual(["reason"]);

    expect((await rejection(suspendUser({ actor: admin, userId: admin.userId, reason: REASON }))).message).toMatch(/your own account/);
    const boss = await superAdminActor();
    expect((await rejection(suspendUser({ actor: admin, userId: boss.userId, reason: REASON }))).code).toBe("FORBIDDEN");
    // Not even another super admin suspends one from the console.
    expect((await rejection(suspendUser({ actor: await superAdminActor(), userId: boss.userId, reason: REASON }))).code).toBe("FORBIDDEN");
    expect((await rejection(suspendUser({ actor: admin, userId: "no-such-user", reason: REASON }))).code).toBe("NOT_FOUND");

    const deleted = await makeCustomer();
    await db.user.update({ where: { id: deleted.id }, data: { disabledAt: new Date(), deletedAt: new Date() } });
    expect((await rejection(unsuspendUser({ actor: admin, userId: deleted.id, reason: REASON }))).code).toBe("INVALID_STATE");

    // A super admin may suspend an ordinary admin.
    await expect(suspendUser({ actor: boss, userId: admin.userId, reason: REASON })).resolves.toMatchObject({ status: "suspended" });
    expect(await auditOf(target.id)).toEqual([]);
  });

  it("refuse to suspend twice or lift a suspension that is not there", async () => {
    const admin = await adminActor();
    const target = await makeCustomer();
    expect((await rejection(unsuspendUser({ actor: admin, userId: target.id, reason: REASON }))).code).toBe("INVALID_STATE");
    await suspendUser({ actor: admin, userId: target.id, reason: REASON });
    expect((await rejection(suspendUser({ actor: admin, userId: target.id, reason: REASON }))).code).toBe("INVALID_STATE");
    expect((await auditOf(target.id)).map((a) => a.action)).toEqual(["user.suspended"]);
  });
});

describe("changeUserRole", () => {
  it("is for super admins only, with a reason, audited with the old and new role", async () => {
    const target = await makeCustomer();
    for (const actor of [null, await customerActor(), await providerActor(), await adminActor()]) {
      expect((await rejection(changeUserRole({ actor, userId: target.id, role: "ADMIN", reason: REASON }))).code).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    const boss = await superAdminActor();
    expect(Object.keys(((await rejection(changeUserRole({ actor: boss, userId: target.id, role: "ADMIN", reason: "" }))).details as { fields: object }).fields)).toEqual(["reason"]);

    await expect(changeUserRole({ actor: boss, userId: target.id, role: "ADMIN", reason: "Joins the support team" })).resolves.toMatchObject({ role: "ADMIN" });
    await expect(changeUserRole({ actor: boss, userId: target.id, role: "CUSTOMER", reason: "Left the support team" })).resolves.toMatchObject({ role: "CUSTOMER" });
    expect(await auditOf(target.id)).toEqual([
      { action: "user.role_changed", actorId: boss.userId, data: { userId: target.id, from: "CUSTOMER", to: "ADMIN", reason: "Joins the support team" } },
      { action: "user.role_changed", actorId: boss.userId, data: { userId: target.id, from: "ADMIN", to: "CUSTOMER", reason: "Left the support team" } },
    ]);
    expect(await outboxOf(target.id)).toEqual(["user.role_changed", "user.role_changed"]);
  });

  it("keeps providers providers, their own role and other super admins' roles as they are", async () => {
    const boss = await superAdminActor();
    const provider = await makeProvider();
    expect((await rejection(changeUserRole({ actor: boss, userId: provider.userId, role: "CUSTOMER", reason: REASON }))).code).toBe("INVALID_STATE");
    const customer = await makeCustomer();
    const toProvider = await rejection(changeUserRole({ actor: boss, userId: customer.id, role: "PROVIDER", reason: REASON }));
    expect(Object.keys((toProvider.details as { fields: object }).fields)).toEqual(["role"]);
    expect((await rejection(changeUserRole({ actor: boss, userId: customer.id, role: "CUSTOMER", reason: REASON }))).code).toBe("INVALID_STATE");
    expect((await rejection(changeUserRole({ actor: boss, userId: boss.userId, role: "CUSTOMER", reason: REASON }))).code).toBe("FORBIDDEN");
    const other = await superAdminActor();
    expect((await rejection(changeUserRole({ actor: boss, userId: other.userId, role: "CUSTOMER", reason: REASON }))).code).toBe("FORBIDDEN");
    expect(await auditOf(customer.id)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: provider.userId }, select: { role: true } })).role).toBe("PROVIDER");
  });
});
