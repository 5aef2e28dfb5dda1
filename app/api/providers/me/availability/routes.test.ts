import { DateTime } from "luxon";
import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { makeCategoryTree, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET, PUT } from "./route";
import { POST as addOverride } from "./overrides/route";
import { DELETE as removeOverride } from "./overrides/[date]/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test" };
const url = `${origin}/api/providers/me/availability`;
const noParams = { params: Promise.resolve({}) };
const send = (method: string, path: string, body?: unknown) =>
  new Request(`${url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { ...session, origin, "content-type": "application/json" } });

// Routes run on the real clock: a month ahead is in the future and within the editable range.
const date = DateTime.now().setZone("America/New_York").plus({ days: 30 }).toISODate()!;

beforeAll(async () => {
  await makeCategoryTree();
});

describe("/api/providers/me/availability", () => {
  it("answers 401 without a session and 403 for customers, in the one error shape", async () => {
    mockActor = null;
    const anonymous = await GET(new Request(url), noParams);
    expect(anonymous.status).toBe(401);
    const customer = await makeCustomer();
    mockActor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    const refused = await PUT(send("PUT", "", { weekly: [] }), noParams);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
  });

  it("reads, replaces and validates weekly hours, and sets and removes a date override", async () => {
    const provider = await makeProvider();
    mockActor = { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id };

    const invalid = await PUT(send("PUT", "", { weekly: [{ weekday: 3, intervals: [{ start: "12:00", end: "11:00" }] }] }), noParams);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.details.fields).toEqual({ "weekly.0.intervals.0.end": ["Must be after the start time"] });

    const saved = await PUT(send("PUT", "", { weekly: [{ weekday: 3, intervals: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }] }] }), noParams);
    expect(saved.status).toBe(200);
    const read = await (await GET(new Request(url, { headers: session }), noParams)).json();
    expect(read.timeZone).toBe("America/New_York");
    expect(read.weekly[2]).toEqual({ weekday: 3, intervals: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }] });
    expect(read.weekly.filter((d: { intervals: unknown[] }) => d.intervals.length)).toHaveLength(1);

    const added = await addOverride(send("POST", "/overrides", { date, closed: true }), noParams);
    expect(await added.json()).toEqual({ date, closed: true, intervals: [] });
    const removed = await removeOverride(send("DELETE", `/overrides/${date}`), { params: Promise.resolve({ date }) });
    expect(await removed.json()).toEqual({ date, removed: 1 });
    expect(await db.availabilityOverride.count({ where: { providerId: provider.id } })).toBe(0);
  });
});
