import type { Actor } from "@/lib/core/auth/actor";
import { createNotification } from "@/lib/notifications/create-notification";
import { actorFor, createTestUser, unique } from "@/lib/notifications/test-fixtures";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET as list } from "./route";
import { POST as markRead } from "./read/route";
import { GET as unreadCount } from "./unread-count/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const ctx = { params: Promise.resolve({}) };
const origin = "http://localhost:3000";
// route() only resolves a session when the next-auth cookie is present; the mock decides whose it is.
const session = { cookie: "next-auth.session-token=test" };
const url = (path: string) => `${origin}/api/notifications${path}`;
const get = (path: string) => new Request(url(path), { headers: session });
const post = (body: unknown) =>
  new Request(url("/read"), { method: "POST", body: JSON.stringify(body), headers: { ...session, origin, "content-type": "application/json" } });

async function seed(userId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await createNotification({ userId, type: "test", title: `N${i}`, dedupeKey: unique("n") })).notification!.id);
  }
  return ids;
}

describe("/api/notifications", () => {
  it("requires a signed-in user", async () => {
    mockActor = null;
    const response = await unreadCount(get("/unread-count"), ctx);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("counts, lists and marks only the caller's notifications", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const mine = await seed(me.id, 3);
    const theirs = await seed(other.id, 1);
    mockActor = actorFor(me);

    const count = await unreadCount(get("/unread-count"), ctx);
    expect(count.headers.get("cache-control")).toContain("no-store");
    expect(await count.json()).toEqual({ count: 3 });

    const page = await (await list(get("?limit=2&unreadOnly=true"), ctx)).json();
    expect(page.data).toHaveLength(2);
    expect(typeof page.nextCursor).toBe("string");

    expect(await (await markRead(post({ ids: [mine[0], theirs[0]] }), ctx)).json()).toEqual({ updated: 1 });
    expect(await (await markRead(post({ all: true }), ctx)).json()).toEqual({ updated: 2 });
    expect(await (await unreadCount(get("/unread-count"), ctx)).json()).toEqual({ count: 0 });

    mockActor = actorFor(other);
    expect(await (await unreadCount(get("/unread-count"), ctx)).json()).toEqual({ count: 1 });
  });

  it("rejects an empty body instead of marking everything, and a bad limit", async () => {
    mockActor = actorFor(await createTestUser());
    expect((await markRead(post({}), ctx)).status).toBe(422);
    expect((await markRead(post({ ids: ["a"], all: true }), ctx)).status).toBe(422);
    expect((await list(get("?limit=1000"), ctx)).status).toBe(422);
  });
});
