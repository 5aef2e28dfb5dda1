import http from "node:http";
import type { AddressInfo } from "node:net";
import { isDraining, resetLifecycleForTests } from "../core/lifecycle";
import { shutDown } from "./graceful-shutdown";
import { requestsInFlight, trackHttpRequests } from "./http-requests";

/**
 * The drain against a real node:http server (the one Next serves through): an in-flight request
 * finishes, new connections are refused, the outbox steps run only after the last response, and
 * the exit code says whether everything finished in time.
 */

let release: () => void = () => {};
let server: http.Server;
let port: number;

beforeEach(async () => {
  resetLifecycleForTests();
  trackHttpRequests();
  const released = new Promise<void>((resolve) => (release = resolve));
  server = http.createServer((request, response) => {
    if (request.url === "/slow") void released.then(() => response.end("slow done"));
    else response.end("fast");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  release();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** One request on its own connection (no pooled keep-alive socket): body and status, or the connection error code. */
function get(path: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

async function untilInFlight(count: number) {
  while (requestsInFlight() !== count) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, then runs the outbox steps in order and exits 0", async () => {
    const steps: string[] = [];
    const exit = jest.fn();
    const slow = get("/slow");
    await untilInFlight(1);

    const done = shutDown({
      delayMs: 0,
      timeoutMs: 5_000,
      finish: [async () => void steps.push(`dispatches after ${requestsInFlight()} in flight`), async () => void steps.push("poller")],
      exit,
    });
    expect(isDraining()).toBe(true);
    expect(await get("/fast")).toEqual({ error: "ECONNREFUSED" });
    expect(steps).toEqual([]);
    expect(exit).not.toHaveBeenCalled();

    release();
    expect(await slow).toEqual({ status: 200, body: "slow done" });
    await done;
    expect(steps).toEqual(["dispatches after 0 in flight", "poller"]);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("keeps serving through the delay, while readiness already says it is draining", async () => {
    const exit = jest.fn();
    const done = shutDown({ delayMs: 300, timeoutMs: 5_000, finish: [], exit });
    expect(isDraining()).toBe(true);
    expect(await get("/fast")).toEqual({ status: 200, body: "fast" });
    await done;
    expect(await get("/fast")).toEqual({ error: "ECONNREFUSED" });
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("exits 1 at the deadline when a request never finishes, without running the outbox steps", async () => {
    const exit = jest.fn();
    const finish = jest.fn(async () => {});
    void get("/slow");
    await untilInFlight(1);
    await shutDown({ delayMs: 0, timeoutMs: 200, finish: [finish], exit });
    expect(exit).toHaveBeenCalledWith(1);
    expect(finish).not.toHaveBeenCalled();
  });
});
