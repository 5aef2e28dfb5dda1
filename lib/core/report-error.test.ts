import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createErrorReporter, type ErrorSdk } from "./error-reporter";

function fakeSdk() {
  return { init: jest.fn(), captureException: jest.fn(() => "event-id"), flush: jest.fn(async () => true) } satisfies ErrorSdk;
}

describe("createErrorReporter", () => {
  it("never loads the SDK without a DSN", async () => {
    const loadSdk = jest.fn(async () => fakeSdk());
    const reporter = createErrorReporter({ dsn: undefined, loadSdk });
    await reporter.report(new Error("boom"), { requestId: "req-1", userId: "user-1" });
    await reporter.flush();
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it("initialises once with the DSN and captures with request and user tags", async () => {
    const sdk = fakeSdk();
    const reporter = createErrorReporter({ dsn: "https://key@sentry.example/1", environment: "test", loadSdk: async () => sdk });
    const error = new Error("boom");
    await reporter.report(error, { requestId: "req-1", userId: "user-1" });
    await reporter.report(new Error("again"), { requestId: "req-2" });
    expect(sdk.init).toHaveBeenCalledTimes(1);
    expect(sdk.init).toHaveBeenCalledWith(expect.objectContaining({ dsn: "https://key@sentry.example/1", environment: "test" }));
    expect(sdk.captureException).toHaveBeenNthCalledWith(1, error, { tags: { request_id: "req-1", user_id: "user-1" } });
    expect(sdk.captureException).toHaveBeenNthCalledWith(2, expect.any(Error), { tags: { request_id: "req-2" } });
  });

  it("start() initialises at boot, and later reports reuse that one initialisation", async () => {
    const sdk = fakeSdk();
    const loadSdk = jest.fn(async () => sdk);
    const reporter = createErrorReporter({ dsn: "https://key@sentry.example/1", loadSdk });
    expect(await reporter.start()).toBe(true);
    await reporter.report(new Error("boom"));
    expect(loadSdk).toHaveBeenCalledTimes(1);
    expect(sdk.init).toHaveBeenCalledTimes(1);
    expect(await createErrorReporter({ dsn: undefined, loadSdk }).start()).toBe(false);
    expect(loadSdk).toHaveBeenCalledTimes(1);
  });

  it("swallows a failing SDK: reporting never breaks the error response", async () => {
    const reporter = createErrorReporter({ dsn: "https://key@sentry.example/1", loadSdk: async () => Promise.reject(new Error("no sdk")) });
    await expect(reporter.report(new Error("boom"))).resolves.toBeUndefined();
  });
});

describe("reportError (the server's reporter, on @sentry/nextjs)", () => {
  const sdk = fakeSdk();
  afterEach(() => {
    delete process.env.SENTRY_DSN;
    jest.resetModules();
  });

  async function load(dsn: string | undefined) {
    if (dsn) process.env.SENTRY_DSN = dsn;
    jest.doMock("@sentry/nextjs", () => sdk);
    return import("./report-error");
  }

  it("is off without SENTRY_DSN", async () => {
    await (await load(undefined)).reportError(new Error("boom"), { requestId: "r" });
    expect(sdk.init).not.toHaveBeenCalled();
    expect(sdk.captureException).not.toHaveBeenCalled();
  });

  it("captures with the tags when SENTRY_DSN is set", async () => {
    await (await load("https://key@sentry.example/1")).reportError(new Error("boom"), { requestId: "r", userId: "u" });
    expect(sdk.captureException).toHaveBeenCalledWith(expect.any(Error), { tags: { request_id: "r", user_id: "u" } });
  });
});

describe("a real Sentry client", () => {
  let server: Server;
  const envelopes: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c: Buffer) => chunks.push(c));
      request.on("end", () => {
        envelopes.push(`${request.url}\n${Buffer.concat(chunks).toString("utf8")}`);
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /**
   * @sentry/nextjs's server entry sets up OpenTelemetry, which does not run under Jest; its core
   * client with a fetch transport is the same client and envelope code without the instrumentation.
   */
  function coreSdk(): ErrorSdk {
    const core = jest.requireActual("@sentry/core") as typeof import("@sentry/core");
    return {
      init: (options) =>
        core.initAndBind(core.ServerRuntimeClient, {
          ...options,
          integrations: [],
          stackParser: core.createStackParser(),
          transport: (transportOptions) =>
            core.createTransport(transportOptions, async (request) => {
              const response = await fetch(transportOptions.url, { method: "POST", body: request.body as BodyInit });
              return { statusCode: response.status };
            }),
        }),
      captureException: (error, hint) => core.captureException(error, hint),
      flush: (timeout) => core.flush(timeout),
    };
  }

  it("sends an envelope with the tags to the DSN's host", async () => {
    const { port } = server.address() as AddressInfo;
    const reporter = createErrorReporter({ dsn: `http://publickey@127.0.0.1:${port}/42`, loadSdk: async () => coreSdk() });
    await reporter.report(new Error("envelope please"), { requestId: "req-envelope", userId: "user-envelope" });
    await reporter.flush(5_000);
    const sent = envelopes.find((e) => e.includes("envelope please"));
    expect(sent).toBeDefined();
    expect(sent).toContain("/api/42/envelope/");
    expect(sent).toContain('"request_id":"req-envelope"');
    expect(sent).toContain('"user_id":"user-envelope"');
  });
});
