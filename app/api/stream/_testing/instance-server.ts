import http from "node:http";
import type { AddressInfo } from "node:net";
import { POST as postMessage } from "../../conversations/[id]/messages/route";
import { GET as openStream } from "../route";
import { wireOutbox } from "../../../../lib/subscriptions";
import { runAsUser } from "./header-session";

/**
 * A tiny HTTP server around the real route handlers for the live stream and for posting a
 * message, standing in for one app instance in the two-instance test. The session is taken from
 * the x-test-user header (see header-session.ts, which replaces lib/core/auth/session here).
 */
export interface InstanceServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toHeaders(req: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function dispatch(request: Request, url: URL): Promise<Response> {
  const userId = request.headers.get("x-test-user") ?? undefined;
  const posting = /^\/api\/conversations\/([^/]+)\/messages$/.exec(url.pathname);
  if (request.method === "GET" && url.pathname === "/api/stream") {
    return runAsUser(userId, () => openStream(request, { params: Promise.resolve({}) }));
  }
  if (request.method === "POST" && posting) {
    return runAsUser(userId, () => postMessage(request, { params: Promise.resolve({ id: posting[1] }) }));
  }
  return Response.json({ error: { code: "NOT_FOUND", message: "No such route" } }, { status: 404 });
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
  const abort = new AbortController();
  // The client hanging up is what aborts a route's request.signal in Next.
  res.on("close", () => abort.abort());
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(await readBody(req));
  const response = await dispatch(new Request(url, { method: req.method, headers: toHeaders(req), body, signal: abort.signal }), url);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.flushHeaders();
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // The stream was cancelled because the client went away.
  } finally {
    res.end();
  }
}

export async function startInstanceServer(port = 0): Promise<InstanceServer> {
  // An app instance's boot wires the outbox; without it a posted message would stay PENDING and
  // never reach the other instance's stream.
  wireOutbox();
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would keep close() waiting forever.
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
