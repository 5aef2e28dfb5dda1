/**
 * The browser side of GET /api/stream: ONE EventSource per tab, shared by every widget that wants
 * live events (the chat, the Messages badge, the notification bell), opened on the first
 * subscription and closed a little after the last one goes. Browser-only; no React.
 *
 *   const stop = onStreamEvent("notification", (event) => { … event.id, event.data … });
 *   const stopOpen = onStreamOpen(() => refetchWhatIsNotReplayed());
 *
 * The browser reconnects by itself and resends Last-Event-ID, so missed messages are replayed.
 * Other events (read, pin, notification) are not replayed: refetch on open.
 *
 *   const stopDown = onStreamDown(() => startPolling());   // closed for good until our retry
 */
export interface LiveEvent<T = unknown> {
  type: string;
  id: string | null;
  data: T;
}

type Listener = (event: LiveEvent) => void;

const listeners = new Map<string, Set<Listener>>();
const openListeners = new Set<() => void>();
const downListeners = new Set<() => void>();
let source: EventSource | null = null;
/** The last connection was refused or lost and the browser gave up on it; we retry with backoff. */
let down = false;
let attached = new Set<string>();
let lastEventId: string | null = null;
let retryDelayMs = 1_000;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function dispatch(type: string, message: MessageEvent<string>) {
  if (message.lastEventId) lastEventId = message.lastEventId;
  let event: LiveEvent;
  try {
    event = JSON.parse(message.data) as LiveEvent;
  } catch {
    return;
  }
  listeners.get(type)?.forEach((listener) => {
    try {
      listener(event);
    } catch (error) {
      console.error(`live ${type} listener failed`, error);
    }
  });
}

function attach(type: string) {
  if (!source || attached.has(type)) return;
  attached.add(type);
  source.addEventListener(type, (message) => dispatch(type, message as MessageEvent<string>));
}

function connect() {
  if (source || typeof EventSource === "undefined") return;
  // A fresh EventSource cannot send Last-Event-ID itself; the cursor goes in the query instead.
  source = new EventSource(lastEventId ? `/api/stream?since=${encodeURIComponent(lastEventId)}` : "/api/stream");
  attached = new Set();
  source.onopen = () => {
    retryDelayMs = 1_000;
    down = false;
    openListeners.forEach((listener) => listener());
  };
  source.onerror = () => {
    // CONNECTING: the browser retries on its own. CLOSED (e.g. an error status): we retry, backing off.
    if (source?.readyState !== EventSource.CLOSED) return;
    source = null;
    down = true;
    downListeners.forEach((listener) => listener());
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => active() && connect(), retryDelayMs);
    retryDelayMs = Math.min(retryDelayMs * 2, 30_000);
  };
  for (const type of listeners.keys()) attach(type);
}

const active = () => openListeners.size > 0 || downListeners.size > 0 || [...listeners.values()].some((set) => set.size > 0);

function release() {
  if (active()) return;
  clearTimeout(idleTimer);
  // Navigating between pages unsubscribes and resubscribes at once: keep the connection meanwhile.
  idleTimer = setTimeout(() => {
    if (active()) return;
    source?.close();
    source = null;
    down = false;
    clearTimeout(retryTimer);
  }, 5_000);
}

export function onStreamEvent<T = unknown>(type: string, listener: (event: LiveEvent<T>) => void): () => void {
  let set = listeners.get(type);
  if (!set) listeners.set(type, (set = new Set()));
  set.add(listener as Listener);
  clearTimeout(idleTimer);
  connect();
  attach(type);
  return () => {
    set.delete(listener as Listener);
    release();
  };
}

/**
 * Called on every (re)connection, and right away if the stream is already open: the moment to
 * refetch state that events do not replay.
 */
export function onStreamOpen(listener: () => void): () => void {
  openListeners.add(listener);
  clearTimeout(idleTimer);
  connect();
  if (source?.readyState === EventSource.OPEN) queueMicrotask(() => openListeners.has(listener) && listener());
  return () => {
    openListeners.delete(listener);
    release();
  };
}

/**
 * Called whenever the stream closes for good (an error status such as 401 or 404, or a server
 * that went away), and right away if it is down already: live events stop until it reopens
 * (onStreamOpen), so a widget that cannot wait polls meanwhile. The stream itself keeps retrying.
 */
export function onStreamDown(listener: () => void): () => void {
  downListeners.add(listener);
  clearTimeout(idleTimer);
  connect();
  if (down || typeof EventSource === "undefined") queueMicrotask(() => downListeners.has(listener) && listener());
  return () => {
    downListeners.delete(listener);
    release();
  };
}
