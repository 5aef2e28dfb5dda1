/**
 * The browser's shared stream (one EventSource per tab) and the bounty page's live refresh on top
 * of it, against a scripted EventSource: Jest runs in Node, which has none.
 */

type Handler = (message: { data: string; lastEventId: string }) => void;

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private handlers = new Map<string, Set<Handler>>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, handler: Handler) {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(handler);
  }

  removeEventListener(type: string, handler: Handler) {
    this.handlers.get(type)?.delete(handler);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  /** The server accepted the connection. */
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }

  /** A frame as /api/stream writes it: `{ type, id, data }`. */
  emit(type: string, data: unknown, lastEventId = "") {
    const message = { data: JSON.stringify({ type, id: null, data }), lastEventId };
    this.handlers.get(type)?.forEach((handler) => handler(message));
  }

  /** A lost connection: the browser retries by itself (CONNECTING) or gives up (CLOSED, e.g. a 401). */
  fail({ closed }: { closed: boolean }) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

type BrowserStream = typeof import("@/lib/realtime/browser-stream");
type LiveRefresh = typeof import("@/components/bounties/live-refresh");

/** Fresh module state per test: the stream is a per-tab singleton. */
async function loadModules(): Promise<{ stream: BrowserStream; live: LiveRefresh }> {
  let modules!: { stream: BrowserStream; live: LiveRefresh };
  await jest.isolateModulesAsync(async () => {
    modules = { stream: await import("@/lib/realtime/browser-stream"), live: await import("@/components/bounties/live-refresh") };
  });
  return modules;
}

const flushMicrotasks = () => Promise.resolve();
const sources = () => FakeEventSource.instances;
const latest = () => sources()[sources().length - 1];

beforeEach(() => {
  FakeEventSource.instances = [];
  (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
  jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
});

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { EventSource?: unknown }).EventSource;
});

describe("the bounty page's live refresh on the shared stream", () => {
  it("shares the tab's one EventSource with the bell and refreshes on its bounty's events and on resync", async () => {
    const { stream, live } = await loadModules();
    const bell = jest.fn();
    const stopBell = stream.onStreamEvent("notification", bell);
    const refresh = jest.fn();
    const stop = live.watchBounty("bounty-1", { stream: true, refresh });
    expect(sources()).toHaveLength(1);
    expect(latest().url).toBe("/api/stream");

    latest().open();
    await flushMicrotasks();
    expect(refresh).not.toHaveBeenCalled(); // the page was just rendered

    latest().emit("bounty", { bountyId: "bounty-2", event: "bounty.offer_submitted" });
    expect(refresh).not.toHaveBeenCalled();
    latest().emit("bounty", { bountyId: "bounty-1", event: "bounty.offer_submitted" });
    expect(refresh).toHaveBeenCalledTimes(1);
    latest().emit("bounty", null); // unreadable: maybe ours
    expect(refresh).toHaveBeenCalledTimes(2);
    latest().emit("resync", null);
    expect(refresh).toHaveBeenCalledTimes(3);
    latest().emit("notification", { notification: { id: "n1" } });
    expect(bell).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(3);

    // The page goes; the bell keeps the connection, and the page hears nothing any more.
    stop();
    jest.advanceTimersByTime(10_000);
    expect(latest().readyState).toBe(FakeEventSource.OPEN);
    latest().emit("bounty", { bountyId: "bounty-1" });
    expect(refresh).toHaveBeenCalledTimes(3);

    // The last subscriber gone, the connection closes a little later.
    stopBell();
    jest.advanceTimersByTime(5_000);
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    expect(sources()).toHaveLength(1);
  });

  it("catches up once after the browser reconnects by itself", async () => {
    const { live } = await loadModules();
    const refresh = jest.fn();
    live.watchBounty("bounty-1", { stream: true, refresh });
    latest().open();
    await flushMicrotasks();
    latest().fail({ closed: false });
    expect(refresh).not.toHaveBeenCalled();
    latest().open();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sources()).toHaveLength(1);
  });

  it("polls while the stream is closed for good, and stops polling once the stream is back", async () => {
    const { live } = await loadModules();
    const refresh = jest.fn();
    const stop = live.watchBounty("bounty-1", { stream: true, refresh, pollMs: 15_000 });
    latest().open();
    await flushMicrotasks();
    latest().emit("bounty", { bountyId: "bounty-1" }, "1700000000000-m1");
    expect(refresh).toHaveBeenCalledTimes(1);

    latest().fail({ closed: true }); // e.g. /api/stream answered 503
    jest.advanceTimersByTime(999);
    expect(sources()).toHaveLength(1);
    jest.advanceTimersByTime(1); // the stream's own retry, after 1 s
    expect(sources()).toHaveLength(2);
    expect(latest().url).toBe(`/api/stream?since=${encodeURIComponent("1700000000000-m1")}`);
    latest().fail({ closed: true });
    jest.advanceTimersByTime(15_000);
    expect(refresh).toHaveBeenCalledTimes(2); // polled meanwhile

    // Back (the retry backs off to 2 s): one catch-up refresh, and no more polling.
    expect(sources()).toHaveLength(3);
    latest().open();
    expect(refresh).toHaveBeenCalledTimes(3);
    jest.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    stop();
  });

  it("polls without opening a stream for signed-out visitors", async () => {
    const { live } = await loadModules();
    const refresh = jest.fn();
    const stop = live.watchBounty("bounty-1", { stream: false, refresh, pollMs: 15_000 });
    expect(sources()).toHaveLength(0);
    jest.advanceTimersByTime(30_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
    jest.advanceTimersByTime(30_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});

describe("onStreamDown", () => {
  it("tells a subscriber at once when the stream is already down, and not while it is up", async () => {
    const { stream } = await loadModules();
    const stopKeepAlive = stream.onStreamEvent("message", () => {});
    latest().open();
    const whileUp = jest.fn();
    const stopUp = stream.onStreamDown(whileUp);
    await flushMicrotasks();
    expect(whileUp).not.toHaveBeenCalled();

    latest().fail({ closed: true });
    expect(whileUp).toHaveBeenCalledTimes(1);
    const late = jest.fn();
    stream.onStreamDown(late);
    await flushMicrotasks();
    expect(late).toHaveBeenCalledTimes(1);
    stopUp();
    stopKeepAlive();
  });
});
