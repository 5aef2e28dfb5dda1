import { randomUUID } from "node:crypto";
import { closeCache } from "../adapters/cache";
import { compareStreamCursors, parseStreamCursor } from "./cursor";
import { publishEnvelope, publishToUser, subscribeToUser, type StreamEnvelope } from "./publish";
import { closeAllSse, readSse } from "./testing/sse-reader";
import { createUserEventStream, type ReplaySource } from "./user-event-stream";

afterEach(() => closeAllSse());
afterAll(() => closeCache());

const message = (at: number, id: string): StreamEnvelope => ({ type: "message", id, data: { body: id }, cursor: `${at}-${id}` });

/** Counts live subscriptions, to prove a closed stream lets go of its channel. */
function countingSubscribe() {
  const counter = { active: 0 };
  const subscribe: typeof subscribeToUser = async (userId, listener) => {
    const unsubscribe = await subscribeToUser(userId, listener);
    counter.active += 1;
    return async () => {
      counter.active -= 1;
      await unsubscribe();
    };
  };
  return { counter, subscribe };
}

describe("createUserEventStream", () => {
  it("forwards the user's events as SSE frames, with heartbeats, and unsubscribes on abort", async () => {
    const userId = randomUUID();
    const abort = new AbortController();
    const { counter, subscribe } = countingSubscribe();
    const sse = readSse(createUserEventStream({ userId, signal: abort.signal, heartbeatMs: 50, subscribe }));
    expect(await sse.waitFor((m) => m.comment === "connected")).toMatchObject({ comment: "connected" });
    expect(sse.received[0]).toMatchObject({ retry: 3000 });
    // With Redis the subscription is confirmed asynchronously; publish once the stream says it is live.
    await sse.waitFor((m) => m.comment === "live");

    await publishToUser(userId, { type: "notification", id: "n1", data: { title: "Booking confirmed" } });
    await publishToUser(randomUUID(), { type: "notification", id: "not-mine", data: {} });
    const notification = await sse.waitFor((m) => m.event === "notification");
    expect(notification).toEqual({ event: "notification", data: { type: "notification", id: "n1", data: { title: "Booking confirmed" } } });
    // Not replayable, so it carries no id and leaves the browser's Last-Event-ID alone.
    expect(notification.id).toBeUndefined();
    await sse.waitFor((m) => m.comment === "ping");
    expect(counter.active).toBe(1);

    abort.abort();
    await sse.ended;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counter.active).toBe(0);
    expect(sse.received.some((m) => m.data?.id === "not-mine")).toBe(false);
  });

  it("replays from the cursor, holds live events meanwhile, and never moves the id backwards", async () => {
    const userId = randomUUID();
    let releaseReplay!: () => void;
    const replayGate = new Promise<void>((resolve) => (releaseReplay = resolve));
    const replay: ReplaySource = async (_user, since) => {
      expect(since).toEqual({ at: 1000, id: "b" });
      await replayGate;
      // An older message inside the look-back window, then the one that was missed.
      return { events: [message(900, "a"), message(1100, "c")], truncated: false };
    };
    const sse = readSse(createUserEventStream({ userId, lastEventId: "1000-b", replay }));
    await sse.waitFor((m) => m.comment === "connected");
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Published while the replay is still running: held back, and the duplicate of "c" dropped.
    await publishEnvelope(userId, message(1100, "c"));
    await publishEnvelope(userId, message(1050, "d")); // committed late: older than "c"
    await new Promise((resolve) => setTimeout(resolve, 20));
    releaseReplay();
    await publishEnvelope(userId, message(1200, "e"));
    await sse.waitFor((m) => m.data?.id === "e");

    const messages = sse.received.filter((m) => m.event === "message");
    expect(messages.map((m) => [m.data!.id, m.id])).toEqual([
      ["a", "1000-b"],
      ["c", "1100-c"],
      ["d", "1100-c"],
      ["e", "1200-e"],
    ]);
    const ids = messages.map((m) => parseStreamCursor(m.id)!);
    ids.slice(1).forEach((id, i) => expect(compareStreamCursors(id, ids[i])).toBeGreaterThanOrEqual(0));
    await sse.close();
  });

  it("tells the client to resync when there is more to replay than the limit", async () => {
    const userId = randomUUID();
    const replay: ReplaySource = async () => ({ events: [message(2000, "z")], truncated: true });
    const sse = readSse(createUserEventStream({ userId, lastEventId: "1500", replay }));
    await sse.waitFor((m) => m.data?.id === "z");
    expect(sse.received.filter((m) => m.data && m.event !== "message").map((m) => m.event)).toEqual(["resync"]);
    await sse.close();
  });

  it("ignores a malformed Last-Event-ID instead of replaying from it", async () => {
    const replay = jest.fn<ReturnType<ReplaySource>, Parameters<ReplaySource>>();
    const sse = readSse(createUserEventStream({ userId: randomUUID(), lastEventId: "garbage\nevent: x", replay }));
    await sse.waitFor((m) => m.comment === "connected");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replay).not.toHaveBeenCalled();
    await sse.close();
  });
});

describe("publishToUser", () => {
  it("refuses event types that could forge SSE fields", async () => {
    await expect(publishToUser("u1", { type: "notification\nid: 1", data: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(publishToUser("", { type: "notification", data: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
