import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { createTestUser } from "../notifications/test-fixtures";
import { deliverEvents, deliverPendingEvents } from "./deliver";
import { settleDispatches } from "./dispatch";
import type { NamedHandler, Subscriptions } from "./handler";
import { startOutboxPoller } from "./poller";
import { recordEvent } from "./record-event";
import { transactional } from "./transactional";
import { registerOutbox } from "./wiring";

setupTestDatabase();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Outbox rows written directly, so no after-commit dispatch races the test. */
async function createEvents(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db.outboxEvent.create({
      data: { type: "user.registered", payload: { actorId: null, entity: { type: "User", id: `u${i}` }, data: { userId: `missing-${i}` } } },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

function countingHandler(name: string, behaviour: (call: number) => Promise<void> = async () => {}) {
  const calls = new Map<string, number>();
  const handler: NamedHandler<"user.registered"> = {
    name,
    run: async (event) => {
      const call = (calls.get(event.id) ?? 0) + 1;
      calls.set(event.id, call);
      await behaviour(call);
    },
  };
  return { handler, calls };
}

const deliveriesOf = (eventId: string) =>
  db.eventDelivery.findMany({ where: { eventId }, select: { handler: true, status: true, attempts: true, lastError: true }, orderBy: { handler: "asc" } });

describe("deliverEvents", () => {
  it("runs each handler exactly once per event when passes run concurrently", async () => {
    const ids = await createEvents(6);
    const a = countingHandler("a", () => sleep(10));
    const b = countingHandler("b");
    const subscriptions: Subscriptions = { "user.registered": [a.handler, b.handler] };

    const claimed = await Promise.all(Array.from({ length: 4 }, () => deliverEvents({ ids, subscriptions })));
    await deliverPendingEvents({ ids, subscriptions });

    expect(claimed.reduce((sum, n) => sum + n, 0)).toBe(ids.length);
    for (const id of ids) {
      expect(a.calls.get(id)).toBe(1);
      expect(b.calls.get(id)).toBe(1);
      expect(await deliveriesOf(id)).toEqual([
        { handler: "a", status: "DELIVERED", attempts: 1, lastError: null },
        { handler: "b", status: "DELIVERED", attempts: 1, lastError: null },
      ]);
    }
    const events = await db.outboxEvent.findMany({ where: { id: { in: ids } }, select: { status: true, deliveredAt: true, attempts: true } });
    expect(events.every((e) => e.status === "DELIVERED" && e.deliveredAt && e.attempts === 1)).toBe(true);
  });

  it("retries a failing handler after its backoff without re-running the ones that succeeded", async () => {
    const [id] = await createEvents(1);
    const ok = countingHandler("ok");
    const flaky = countingHandler("flaky", async (call) => {
      if (call === 1) throw new Error("smtp down");
    });
    const subscriptions: Subscriptions = { "user.registered": [flaky.handler, ok.handler] };

    const before = Date.now();
    expect(await deliverEvents({ ids: [id], subscriptions })).toBe(1);
    const pending = await db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(pending.status).toBe("PENDING");
    expect(pending.lastError).toContain("flaky: Error: smtp down");
    expect(pending.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 30_000);
    expect(await deliveriesOf(id)).toEqual([
      { handler: "flaky", status: "PENDING", attempts: 1, lastError: "Error: smtp down" },
      { handler: "ok", status: "DELIVERED", attempts: 1, lastError: null },
    ]);

    // Not due yet: a pass now leaves it alone.
    expect(await deliverEvents({ ids: [id], subscriptions })).toBe(0);

    await db.outboxEvent.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
    expect(await deliverEvents({ ids: [id], subscriptions })).toBe(1);

    expect(flaky.calls.get(id)).toBe(2);
    expect(ok.calls.get(id)).toBe(1);
    const delivered = await db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(delivered).toMatchObject({ status: "DELIVERED", attempts: 2, lastError: null });
    expect(await deliveriesOf(id)).toEqual([
      { handler: "flaky", status: "DELIVERED", attempts: 2, lastError: null },
      { handler: "ok", status: "DELIVERED", attempts: 1, lastError: null },
    ]);
  });

  it("dead-letters a handler after the maximum attempts and marks the event DEAD", async () => {
    const [id] = await createEvents(1);
    const broken = countingHandler("broken", async () => {
      throw new Error("template bug");
    });
    const ok = countingHandler("ok");
    const subscriptions: Subscriptions = { "user.registered": [broken.handler, ok.handler] };

    await deliverPendingEvents({ ids: [id], subscriptions, retry: { maxAttempts: 3, baseDelayMs: 0 } });

    expect(broken.calls.get(id)).toBe(3);
    expect(ok.calls.get(id)).toBe(1);
    expect(await deliveriesOf(id)).toEqual([
      { handler: "broken", status: "DEAD", attempts: 3, lastError: "Error: template bug" },
      { handler: "ok", status: "DELIVERED", attempts: 1, lastError: null },
    ]);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DEAD", lastError: "broken: Error: template bug" });
    expect(await deliverEvents({ ids: [id], subscriptions })).toBe(0);
  });

  it("counts a handler that outlives its timeout as failed", async () => {
    const [id] = await createEvents(1);
    const subscriptions: Subscriptions = { "user.registered": [{ name: "hangs", run: () => sleep(1_000) }] };

    await deliverEvents({ ids: [id], subscriptions, retry: { handlerTimeoutMs: 20 } });

    expect(await deliveriesOf(id)).toEqual([{ handler: "hangs", status: "PENDING", attempts: 1, lastError: "Error: timed out after 20 ms" }]);
    await sleep(1_000);
  });

  it("leaves events PENDING in a process that never wired its handlers, and delivers them once wired", async () => {
    const user = await createTestUser();
    const event = await db.outboxEvent.create({
      data: { type: "user.registered", payload: { actorId: user.id, entity: { type: "User", id: user.id }, data: { userId: user.id } } },
      select: { id: true },
    });
    const wired = registerOutbox(undefined);
    try {
      expect(await deliverEvents({ ids: [event.id] })).toBe(0);
    } finally {
      registerOutbox(wired);
    }
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PENDING", deliveredAt: null });
    expect(await db.eventDelivery.count({ where: { eventId: event.id } })).toBe(0);

    expect(await deliverEvents({ ids: [event.id] })).toBe(1);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "DELIVERED" });
    expect(await db.emailMessage.count({ where: { dedupeKey: `user.registered:${user.id}:welcome` } })).toBe(1);
  });

  it("marks an event nobody subscribes to as delivered", async () => {
    const [id] = await createEvents(1);
    await deliverEvents({ ids: [id], subscriptions: {} });
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DELIVERED" });
  });
});

describe("after-commit dispatch and the poller", () => {
  it("delivers an event recorded by transactional() once its transaction commits", async () => {
    const user = await createTestUser({ name: "Wendy Welcome" });
    const eventId = await transactional((tx) =>
      recordEvent(tx, { type: "user.registered", actorId: user.id, entity: { type: "User", id: user.id }, data: { userId: user.id } }),
    );
    await settleDispatches();

    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: "DELIVERED" });
    const email = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `user.registered:${user.id}:welcome` } });
    expect(email).toMatchObject({ to: user.email, template: "welcome", transport: "dev-mailbox", subject: "Welcome to Hearth" });
  });

  it("never dispatches the events of a transaction that rolled back", async () => {
    const user = await createTestUser();
    let eventId = "";
    await expect(
      transactional(async (tx) => {
        eventId = await recordEvent(tx, { type: "user.registered", actorId: user.id, entity: { type: "User", id: user.id }, data: { userId: user.id } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await settleDispatches();
    expect(await db.outboxEvent.findUnique({ where: { id: eventId } })).toBeNull();
    expect(await db.emailMessage.findUnique({ where: { dedupeKey: `user.registered:${user.id}:welcome` } })).toBeNull();
  });

  it("polls on one timer per process and stops cleanly", async () => {
    const user = await createTestUser();
    const event = await db.outboxEvent.create({
      data: { type: "user.registered", payload: { actorId: user.id, entity: { type: "User", id: user.id }, data: { userId: user.id } } },
      select: { id: true },
    });
    const stop = startOutboxPoller({ intervalMs: 20 });
    try {
      expect(startOutboxPoller({ intervalMs: 20 })).toBe(stop);
      for (let i = 0; i < 200; i++) {
        const row = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id }, select: { status: true } });
        if (row.status === "DELIVERED") break;
        await sleep(25);
      }
    } finally {
      await stop();
    }
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "DELIVERED" });
    expect(await db.emailMessage.count({ where: { dedupeKey: `user.registered:${user.id}:welcome` } })).toBe(1);
    // Stopped: a new start gets a fresh timer rather than the old stop function.
    const again = startOutboxPoller({ intervalMs: 20 });
    expect(again).not.toBe(stop);
    await again();
  });

  it("does not start when disabled", () => {
    const stop = startOutboxPoller({ intervalMs: 0 });
    expect(startOutboxPoller({ intervalMs: 0 })).toBe(stop);
  });
});
