/** A Server-Sent Events reader for tests: parses frames as they arrive and waits for matching ones. */
export interface SseMessage {
  event: string;
  id?: string;
  /** Parsed JSON of the data lines. */
  data?: { type: string; id: string | null; data: unknown };
  comment?: string;
  retry?: number;
}

export interface SseReader {
  received: SseMessage[];
  waitFor(predicate: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): Promise<void>;
}

function parseFrame(frame: string): SseMessage | null {
  const message: SseMessage = { event: "" };
  const data: string[] = [];
  for (const line of frame.split("\n")) {
    if (line.startsWith(":")) message.comment = line.slice(1).trim();
    else if (line.startsWith("id: ")) message.id = line.slice(4);
    else if (line.startsWith("event: ")) message.event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
    else if (line.startsWith("retry: ")) message.retry = Number(line.slice(7));
  }
  if (data.length) {
    message.data = JSON.parse(data.join("\n"));
    message.event ||= "message";
  }
  return message.comment !== undefined || data.length || message.retry !== undefined ? message : null;
}

const open = new Set<SseReader>();

/** Closes every reader a test left open (a failed assertion skips its close()). */
export async function closeAllSse(): Promise<void> {
  await Promise.all([...open].map((reader) => reader.close()));
}

export function readSse(stream: ReadableStream<Uint8Array>): SseReader {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const received: SseMessage[] = [];
  const waiters = new Set<() => void>();
  let buffer = "";
  let done = false;

  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (message) received.push(message);
        }
        waiters.forEach((wake) => wake());
      }
    } catch {
      // Cancelled by close().
    } finally {
      done = true;
      waiters.forEach((wake) => wake());
    }
  })();

  const sse: SseReader = {
    received,
    ended,
    waitFor(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(predicate);
          if (found) return finish(() => resolve(found));
          if (done) finish(() => reject(new Error(`stream ended; received: ${JSON.stringify(received.map((m) => m.event))}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`timed out; received: ${JSON.stringify(received.map((m) => [m.event, m.id]))}`))), timeoutMs);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      open.delete(sse);
      await reader.cancel().catch(() => undefined);
      await ended;
    },
  };
  open.add(sse);
  void ended.then(() => open.delete(sse));
  return sse;
}
