import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for api.stripe.com on 127.0.0.1:<random port>: the real `stripe` SDK talks to it
 * (host/port/protocol), it records every request as the SDK sent it and answers what the test
 * scripted. Nothing here knows Stripe's rules; tests say what Stripe would answer.
 */

export interface RecordedStripeRequest {
  method: string;
  /** Without the query string, e.g. "/v1/payment_intents/pi_1/capture". */
  path: string;
  query: Record<string, string>;
  /** The form body, flat as encoded: { "transfer_data[destination]": "acct_1", "metadata[paymentId]": "…" }. */
  body: Record<string, string>;
  idempotencyKey: string | null;
  stripeAccount: string | null;
  authorization: string | null;
}

export interface StubResponse {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

type Responder = StubResponse | ((request: RecordedStripeRequest) => StubResponse);

interface Route {
  method: string;
  path: string | RegExp;
  /** Answered in order; the last one repeats. */
  responses: Responder[];
  calls: number;
}

export interface StripeStub {
  host: string;
  port: number;
  protocol: "http";
  requests: RecordedStripeRequest[];
  /** Script the answers for a method and path (exact, or a RegExp on the path); later scripts win. */
  on(method: string, path: string | RegExp, ...responses: Responder[]): void;
  /** The recorded requests to one method and path. */
  requestsTo(method: string, path: string | RegExp): RecordedStripeRequest[];
  /** Forget requests and scripts. */
  reset(): void;
  close(): Promise<void>;
}

/** Stripe's error body, e.g. `stripeError(402, { type: "card_error", code: "card_declined", message: "…" })`. */
export function stripeError(status: number, error: Record<string, unknown>, headers?: Record<string, string>): StubResponse {
  return { status, body: { error }, headers };
}

export async function startStripeStub(): Promise<StripeStub> {
  const requests: RecordedStripeRequest[] = [];
  let routes: Route[] = [];
  const matches = (route: Route, method: string, path: string) =>
    route.method === method && (typeof route.path === "string" ? route.path === path : route.path.test(path));

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, { status: 500, body: { error: { type: "api_error", message: String(error) } } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub");
    const raw = await readAll(req);
    const header = (name: string) => (typeof req.headers[name] === "string" ? (req.headers[name] as string) : null);
    const recorded: RecordedStripeRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: Object.fromEntries(new URLSearchParams(raw)),
      idempotencyKey: header("idempotency-key"),
      stripeAccount: header("stripe-account"),
      authorization: header("authorization"),
    };
    requests.push(recorded);
    const route = [...routes].reverse().find((r) => matches(r, recorded.method, recorded.path));
    if (!route) {
      send(res, stripeError(404, { type: "invalid_request_error", message: `No stub for ${recorded.method} ${recorded.path}` }));
      return;
    }
    const responder = route.responses[Math.min(route.calls, route.responses.length - 1)];
    route.calls += 1;
    send(res, typeof responder === "function" ? responder(recorded) : responder);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port,
    protocol: "http",
    requests,
    on(method, path, ...responses) {
      if (responses.length === 0) throw new Error("stripe stub: script at least one response");
      routes.push({ method: method.toUpperCase(), path, responses, calls: 0 });
    },
    requestsTo(method, path) {
      return requests.filter((r) => matches({ method: method.toUpperCase(), path, responses: [], calls: 0 }, r.method, r.path));
    },
    reset() {
      requests.length = 0;
      routes = [];
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, { status = 200, body, headers = {} }: StubResponse) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "request-id": `req_stub_${Date.now()}`, ...headers });
  res.end(text);
}
