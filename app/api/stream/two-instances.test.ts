import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { sendMessage } from "@/lib/messaging/send-message";
import { makeInquiryPair } from "@/lib/messaging/testing/fixtures";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { closeAllSse, readSse } from "@/lib/realtime/testing/sse-reader";
import { startInstanceServer, type InstanceServer } from "./_testing/instance-server";

// In-process instances run the real route handlers with the session taken from x-test-user.
jest.mock("@/lib/core/auth/session", () => jest.requireActual("@/app/api/stream/_testing/header-session"));

/**
 * THE two-instance test: a message posted through instance A reaches a stream held on instance B.
 * With DATABASE_URL and REDIS_URL: two separate Node processes sharing PostgreSQL and Redis, so the
 * message crosses processes through Redis pub/sub. On the embedded defaults (PGlite is one process
 * per database): two servers in this process sharing the database and the in-memory bus.
 */
const twoProcesses = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
const root = path.resolve(__dirname, "../../..");

setupTestDatabase();
afterEach(() => closeAllSse());

function spawnInstance(): Promise<InstanceServer> {
  const { NODE_OPTIONS: _jestOptions, ...env } = process.env;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "app/api/stream/_testing/instance-main.ts"], {
    cwd: root,
    env: { ...env, LOG_LEVEL: "silent" },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${output}`)), 45_000);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const ready = /\{"ready":"([^"]+)"\}/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      resolve({
        url: ready[1],
        close: () =>
          new Promise<void>((done) => {
            child.once("exit", () => done());
            child.stdin.end();
            setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
          }),
      });
    });
    child.once("exit", (code) => reject(new Error(`instance exited (${code}): ${output}`)));
  });
}

let a: InstanceServer;
let b: InstanceServer;

beforeAll(async () => {
  [a, b] = twoProcesses ? await Promise.all([spawnInstance(), spawnInstance()]) : await Promise.all([startInstanceServer(), startInstanceServer()]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const asUser = (userId: string) => ({ cookie: "next-auth.session-token=test", "x-test-user": userId });

async function openStream(instance: InstanceServer, userId: string, lastEventId?: string) {
  const abort = new AbortController();
  const headers: Record<string, string> = { ...asUser(userId), accept: "text/event-stream" };
  if (lastEventId) headers["last-event-id"] = lastEventId;
  const response = await fetch(`${instance.url}/api/stream`, { headers, signal: abort.signal });
  expect(response.status).toBe(200);
  const sse = readSse(response.body!);
  await sse.waitFor((m) => m.comment === "connected");
  return { sse, abort };
}

async function post(instance: InstanceServer, userId: string, conversationId: string, body: string) {
  const response = await fetch(`${instance.url}/api/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { ...asUser(userId), origin: instance.url, "content-type": "application/json" },
    body: JSON.stringify({ body }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; cursor: string };
}

describe(`two app instances (${twoProcesses ? "two processes sharing PostgreSQL and Redis" : "one process, shared database and in-memory bus"})`, () => {
  it("delivers a message posted through instance A to the other participant's stream on instance B, and back", async () => {
    expect(a.url).not.toBe(b.url);
    const pair = await makeInquiryPair();
    const providerOnB = await openStream(b, pair.provider.userId);
    const customerOnA = await openStream(a, pair.customer.id);

    const sent = await post(a, pair.customer.id, pair.conversationId, "Posted on A");
    const received = await providerOnB.sse.waitFor((m) => m.event === "message" && m.data?.id === sent.id);
    expect(received.data?.data).toMatchObject({ body: "Posted on A", senderId: pair.customer.id });
    expect(received.id).toBe(sent.cursor);

    const reply = await post(b, pair.provider.userId, pair.conversationId, "Answered on B");
    expect((await customerOnA.sse.waitFor((m) => m.data?.id === reply.id)).data?.data).toMatchObject({ body: "Answered on B" });
  });

  it("catches up on instance B, from Last-Event-ID, on messages posted through A while disconnected", async () => {
    const pair = await makeInquiryPair();
    const first = await openStream(b, pair.provider.userId);
    const seen = await post(a, pair.customer.id, pair.conversationId, "before the drop");
    const lastEventId = (await first.sse.waitFor((m) => m.data?.id === seen.id)).id!;
    first.abort.abort();
    await first.sse.close();

    const missed = await post(a, pair.customer.id, pair.conversationId, "while disconnected");
    // Through the use case directly too: whoever writes, the replay reads the shared database.
    const alsoMissed = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "also missed" });
    const again = await openStream(b, pair.provider.userId, lastEventId);
    await again.sse.waitFor((m) => m.data?.id === missed.id);
    const last = await again.sse.waitFor((m) => m.data?.id === alsoMissed.id);
    expect(last.id).toBe(alsoMissed.cursor);
  });
});
