import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { isDraining } from "../core/lifecycle";

/**
 * This process's HTTP servers and the requests they are serving, seen through Node's own
 * `http.server.request.start` diagnostics channel: pages, route handlers and server actions alike,
 * without a hook in Next. A graceful shutdown stops the servers accepting and waits for the count
 * to reach zero.
 */
interface Tracker {
  servers: Set<Server>;
  responses: Set<ServerResponse>;
  onIdle: Set<() => void>;
}

const holder = globalThis as unknown as { __hearthHttpRequests?: Tracker };

function tracker(): Tracker {
  if (holder.__hearthHttpRequests) return holder.__hearthHttpRequests;
  const state: Tracker = { servers: new Set(), responses: new Set(), onIdle: new Set() };
  holder.__hearthHttpRequests = state;
  subscribe("http.server.request.start", (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    state.servers.add(server);
    state.responses.add(response);
    if (isDraining()) closeAfterResponse(response);
    // "close" also fires for a response cut short by the client, which "finish" would miss.
    response.once("close", () => {
      state.responses.delete(response);
      if (state.responses.size === 0) for (const resolve of state.onIdle) resolve();
    });
  });
  return state;
}

/** A draining instance answers what it was asked but invites no further request on the connection. */
function closeAfterResponse(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader("connection", "close");
}

/** From the start of the drain, answers still to begin tell their clients not to reuse the connection. */
export function closeConnectionsAfterTheirResponses(): void {
  for (const response of tracker().responses) closeAfterResponse(response);
}

/** Starts counting; call once at boot, before the first request worth waiting for. */
export function trackHttpRequests(): void {
  tracker();
}

export const requestsInFlight = (): number => tracker().responses.size;

/** New connections are refused from now on; idle keep-alive ones close, busy ones finish their request. */
export function stopAcceptingConnections(): void {
  for (const server of tracker().servers) {
    if (server.listening) server.close();
    server.closeIdleConnections();
  }
}

/** Resolves once no request is being served (at once if none is). */
export function whenNoRequestsInFlight(): Promise<void> {
  const state = tracker();
  if (state.responses.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      state.onIdle.delete(done);
      resolve();
    };
    state.onIdle.add(done);
  });
}
