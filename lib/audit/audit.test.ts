import { db } from "../core/db";
import { assigned, setEra } from "../bounties/test-helpers";
import { makeCustomer, uniqueEmail } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { uniqueToken } from "../../prisma/seed/builders";
import { suspendUser } from "../users/admin/suspend-user";
import { unsuspendUser } from "../users/admin/unsuspend-user";
import { adminActor, customerActor, providerActor, rejection, superAdminActor } from "../users/admin/testing/actors";
import { listAuditLog } from "./list-audit-log";
import { listLedgerTransactions } from "./list-ledger-transactions";

setupTestDatabase();
// Bounty escrow below runs in an era of its own (see lib/bounties/test-helpers.ts).
setEra("2043-05-05T12:00:00Z");

const at = (day: number, hour = 12) => new Date(Date.UTC(2030, 0, day, hour));

describe("who reads the audit trail", () => {
  it.each([listAuditLog, listLedgerTransactions])("admins and super admins only (%p)", async (list) => {
    expect((await rejection(list({ actor: null, query: {} }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(list({ actor: await customerActor(), query: {} }))).code).toBe("FORBIDDEN");
    expect((await rejection(list({ actor: await providerActor(), query: {} }))).code).toBe("FORBIDDEN");
    await expect(list({ actor: await adminActor(), query: { limit: 1 } })).resolves.toHaveProperty("data");
    await expect(list({ actor: await superAdminActor(), query: { limit: 1 } })).resolves.toHaveProperty("data");
  });
});

describe("listAuditLog", () => {
  it("records admin actions with their actor and reason, filterable by actor (email or id), action and entity", async () => {
    const admin = await adminActor();
    const adminEmail = (await db.user.findUniqueOrThrow({ where: { id: admin.userId }, select: { email: true } })).email;
    const target = await makeCustomer();
    await suspendUser({ actor: admin, userId: target.id, reason: "Spam messages to providers" });
    await unsuspendUser({ actor: admin, userId: target.id, reason: "Account owner regained control" });

    const byEmail = await listAuditLog({ actor: admin, query: { actor: adminEmail } });
    expect(byEmail.data.map((e) => e.action)).toEqual(["user.unsuspended", "user.suspended"]);
    expect(byEmail.data[1]).toMatchObject({ entityType: "User", entityId: target.id, actor: { id: admin.userId, email: adminEmail }, data: { reason: "Spam messages to providers" } });
    expect((await listAuditLog({ actor: admin, query: { actor: admin.userId, action: "user.suspended" } })).data).toHaveLength(1);
    expect((await listAuditLog({ actor: admin, query: { actor: admin.userId, action: "user." } })).data).toHaveLength(2);
    expect((await listAuditLog({ actor: admin, query: { actor: admin.userId, action: "review." } })).data).toEqual([]);
    expect((await listAuditLog({ actor: admin, query: { entityType: "User", entityId: target.id } })).data.map((e) => e.action)).toEqual(["user.unsuspended", "user.suspended"]);
    expect((await listAuditLog({ actor: admin, query: { actor: uniqueEmail("nobody") } })).data).toEqual([]);
  });

  it("filters by date range (a day as the end includes that day) and pages newest first without gaps or repeats", async () => {
    const admin = await adminActor();
    const entityId = `audit-test-${uniqueToken()}`;
    // Five entries on days 1..5, two of them at the same instant (the id breaks the tie).
    const times = [at(1), at(2), at(3), at(3), at(5, 23)];
    for (const createdAt of times) await db.auditLog.create({ data: { actorId: null, action: "test.entry", entityType: "Test", entityId, createdAt } });
    const all = await listAuditLog({ actor: admin, query: { entityType: "Test", entityId } });
    expect(all.data.map((e) => e.createdAt)).toEqual([...times].reverse().map((t) => t.toISOString()));
    expect(all.data.every((e) => e.actor === null)).toBe(true);
    expect((await listAuditLog({ actor: admin, query: { entityId, actor: "system" } })).data).toHaveLength(5);

    const range = await listAuditLog({ actor: admin, query: { entityId, from: "2030-01-02", to: "2030-01-05" } });
    expect(range.data.map((e) => e.createdAt)).toEqual([at(5, 23), at(3), at(3), at(2)].map((t) => t.toISOString()));
    expect((await listAuditLog({ actor: admin, query: { entityId, to: "2030-01-01" } })).data).toHaveLength(1);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditLog({ actor: admin, query: { entityId, limit: 2, cursor } });
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.data.map((e) => e.id));

    const bad = await rejection(listAuditLog({ actor: admin, query: { entityId, from: "2030-01-05", to: "2030-01-02" } }));
    expect(Object.keys((bad.details as { fields: object }).fields)).toEqual(["to"]);
    expect((await rejection(listAuditLog({ actor: admin, query: { from: "not a date" } }))).code).toBe("VALIDATION_FAILED");
    expect((await rejection(listAuditLog({ actor: admin, query: { cursor: "nope" } }))).code).toBe("VALIDATION_FAILED");
  });
});

describe("listLedgerTransactions", () => {
  it("shows a real money movement with its balanced entries, found by payment", async () => {
    const admin = await adminActor();
    const { paymentId } = await assigned({ budget: 20_000, amount: 18_000 });
    const movements = await listLedgerTransactions({ actor: admin, query: { paymentId } });
    expect(movements.data.length).toBeGreaterThan(0);
    for (const movement of movements.data) {
      expect(movement.paymentId).toBe(paymentId);
      expect(movement.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    }
    expect(movements.data.flatMap((m) => m.entries).some((e) => Math.abs(e.amount) === 18_000)).toBe(true);
    // The capture is also in the audit log, under the payment.
    expect((await listAuditLog({ actor: admin, query: { entityType: "Payment", entityId: paymentId } })).data.map((e) => e.action)).toContain("payment.captured");
  });

  it("filters by kind and dates and pages newest first", async () => {
    const admin = await adminActor();
    const kind = `test_${uniqueToken()}`.slice(0, 30);
    for (const [i, createdAt] of [at(1), at(2), at(3)].entries()) {
      await db.ledgerTransaction.create({
        data: {
          key: `${kind}:${i}`,
          kind,
          createdAt,
          entries: { create: [{ account: "processor_cash", amount: 100, currency: "USD" }, { account: "platform_revenue", amount: -100, currency: "USD" }] },
        },
      });
    }
    const all = await listLedgerTransactions({ actor: admin, query: { kind } });
    expect(all.data.map((t) => t.key)).toEqual([`${kind}:2`, `${kind}:1`, `${kind}:0`]);
    expect(all.data[0].entries.map((e) => e.amount)).toEqual([100, -100]);
    expect((await listLedgerTransactions({ actor: admin, query: { kind, from: "2030-01-02", to: "2030-01-02" } })).data.map((t) => t.key)).toEqual([`${kind}:1`]);
    const first = await listLedgerTransactions({ actor: admin, query: { kind, limit: 2 } });
    const second = await listLedgerTransactions({ actor: admin, query: { kind, limit: 2, cursor: first.nextCursor } });
    expect([...first.data, ...second.data].map((t) => t.key)).toEqual(all.data.map((t) => t.key));
    expect(second.nextCursor).toBeNull();
  });
});
