/**
 * Server-Sent Events framing. Event names are checked where they are published, and JSON never
 * contains a raw newline, so a payload cannot inject fields of its own.
 */
export interface SseFrame {
  event: string;
  data: unknown;
  /** Sets the browser's Last-Event-ID; omitted for events that are not replayed. */
  id?: string;
}

export function sseFrame({ event, data, id }: SseFrame): string {
  return `${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]/g, " ")}\n\n`;
}

/** How long the browser waits before reconnecting after the connection drops. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.round(ms)}\n\n`;
}

export const SSE_HEADERS: Record<string, string> = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression middleware from buffering the stream.
  "cache-control": "no-cache, no-store, no-transform",
  connection: "keep-alive",
  // nginx (and the k8s ingress) would otherwise buffer the response.
  "x-accel-buffering": "no",
};
