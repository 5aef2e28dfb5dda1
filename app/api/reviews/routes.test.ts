import type { Actor } from "@/lib/core/auth/actor";
import { actorOf, customerReview, makeAdminActor, makeParties, makeReviewableBooking, providerReview } from "@/lib/reviews/test-fixtures";
import { makeCustomer } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { POST as moderate } from "./[id]/moderate/route";
import { POST as reply } from "./[id]/reply/route";
import { POST as report } from "./[id]/report/route";
import { GET as list, POST as submit } from "./route";
import { GET as status } from "./status/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test" };
const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (path: string, body: unknown) =>
  new Request(`${origin}/api/reviews${path}`, { method: "POST", body: JSON.stringify(body), headers: { ...session, origin, "content-type": "application/json" } });
const get = (path: string) => new Request(`${origin}/api/reviews${path}`, { headers: session });

describe("/api/reviews", () => {
  it("submits sealed reviews, reveals the pair, lists, replies, reports and moderates with the shared error shape", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);

    mockActor = null;
    expect((await submit(post("", customerReview(booking.id)), noParams)).status).toBe(401);

    mockActor = parties.customerActor;
    const invalid = await submit(post("", { bookingId: booking.id, rating: 5 }), noParams);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { quality: expect.any(Array) } } });

    const created = await submit(post("", customerReview(booking.id, 5)), noParams);
    expect(created.status).toBe(201);
    const { review, published } = await created.json();
    expect(published).toBe(false);
    expect((await submit(post("", customerReview(booking.id, 5)), noParams)).status).toBe(409);

    mockActor = parties.providerActor;
    expect(await (await status(get(`/status?bookingId=${booking.id}`), noParams)).json()).toMatchObject({ canReview: true, theirs: null });
    expect((await (await list(get(`?provider=${parties.provider.slug}`), noParams)).json()).data).toEqual([]);
    expect((await reply(post(`/${review.id}/reply`, { reply: "Thanks" }), withId(review.id))).status).toBe(404);
    expect((await submit(post("", providerReview(booking.id)), noParams)).status).toBe(201);
    expect((await status(get(`/status?bookingId=${booking.id}`), noParams)).status).toBe(200);

    const page = await (await list(get(`?provider=${parties.provider.slug}&limit=5`), noParams)).json();
    expect(page).toEqual({ data: [expect.objectContaining({ id: review.id, rating: 5, verifiedBooking: true })], nextCursor: null });
    expect(await (await reply(post(`/${review.id}/reply`, { reply: "Thanks, Robin" }), withId(review.id))).json()).toMatchObject({ reply: "Thanks, Robin" });

    mockActor = actorOf(await makeCustomer());
    expect((await status(get(`/status?bookingId=${booking.id}`), noParams)).status).toBe(404);
    const reported = await report(post(`/${review.id}/report`, { reason: "Looks fake" }), withId(review.id));
    expect(reported.status).toBe(201);
    expect((await moderate(post(`/${review.id}/moderate`, { action: "HIDE" }), withId(review.id))).status).toBe(403);

    mockActor = await makeAdminActor();
    const hidden = await moderate(post(`/${review.id}/moderate`, { action: "HIDE", note: "Fake" }), withId(review.id));
    expect(await hidden.json()).toMatchObject({ id: review.id, hiddenAt: expect.any(String), reports: [expect.objectContaining({ status: "HIDDEN" })] });
    expect((await (await list(get(`?provider=${parties.provider.slug}`), noParams)).json()).data).toEqual([]);
    expect((await list(get("?provider=no-such-provider"), noParams)).status).toBe(404);
  });
});
