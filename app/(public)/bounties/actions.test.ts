import type { Actor } from "@/lib/core/auth/actor";
import { getBounty } from "@/lib/bounties/get-bounty";
// Aliased: the helper is not a React hook, whatever its name says to the linter.
import { admin, bidder, DECLINED_CARD, GOOD_CARD, poster, useTemporaryStorage as storePhotosInATemporaryDirectory } from "@/lib/bounties/test-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { resolveDisputeAction } from "../../admin/disputes/actions";
import {
  acceptOfferAction,
  answerQuestionAction,
  approveWorkAction,
  askQuestionAction,
  counterOfferAction,
  disputeBountyAction,
  postBountyAction,
  reviseOfferAction,
  submitOfferAction,
  submitWorkAction,
} from "./actions";
import { POST as uploadPhoto } from "@/app/api/bounties/photos/route";

// The pages' glue to the domain: the photo upload route the form uses and the server actions, with the session
// decided by the test. revalidatePath needs a Next request; here it only has to be called.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

setupTestDatabase();
storePhotosInATemporaryDirectory();

const origin = "http://localhost:3000";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

function upload(file: Blob | null, name = "photo.png") {
  const form = new FormData();
  if (file) form.set("file", file, name);
  return uploadPhoto(new Request(`${origin}/api/bounties/photos`, { method: "POST", body: form, headers: { cookie: "next-auth.session-token=test", origin } }), { params: Promise.resolve({}) });
}

const input = (photoKeys: string[] = []) => ({
  title: "Paint a small garden fence",
  description: "About ten metres of wooden fence, already sanded; two coats of the stain I have in the shed please.",
  budgetAmount: 15_000,
  currency: "USD",
  categorySlug: "handyman",
  isRemote: false,
  addressLine: "12 Court St, Brooklyn",
  lat: 40.69,
  lng: -73.99,
  skills: ["painting"],
  dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  verifiedOnly: false,
  photoKeys,
});

function ok<T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe("photo uploads (POST /api/bounties/photos, as the bounty form sends them)", () => {
  it("needs a session, a file and an image by content", async () => {
    mockActor = null;
    expect((await upload(new Blob([PNG]))).status).toBe(401);
    mockActor = await poster();
    // A form without its file is a field error the form can show (it was a bare 400 when the
    // form had an upload route of its own).
    const missing = await upload(null);
    expect(missing.status).toBe(422);
    expect((await missing.json()).error).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: [expect.any(String)] } } });
    const text = await upload(new Blob(["not an image"]), "fake.png");
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("answers a key that only its uploader can attach to a bounty", async () => {
    const alice = await poster();
    mockActor = alice;
    const response = await upload(new Blob([PNG], { type: "image/png" }), "My Bathroom.PNG");
    expect(response.status).toBe(201);
    const { key, url } = await response.json();
    expect(key).toMatch(/^bounties\/up-.+\/my-bathroom\.png$/);
    expect(url).toMatch(/^\/api\/files\/bounties\//);

    mockActor = await poster();
    const stolen = await postBountyAction(input([key]));
    expect(stolen).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", details: { fields: { photoKeys: [expect.any(String)] } } } });

    mockActor = alice;
    const { bountyId } = ok(await postBountyAction(input([key])));
    expect((await getBounty({ actor: alice, bountyId })).photos.map((p) => p.key)).toEqual([key]);
  });
});

describe("bounty actions", () => {
  it("report field errors under the form's own field names", async () => {
    mockActor = await poster();
    const result = await postBountyAction({ ...input(), title: "short", addressLine: "", budgetAmount: 50 });
    expect(result.ok).toBe(false);
    const fields = (!result.ok && (result.error.details as { fields: Record<string, string[]> }).fields) || {};
    expect(Object.keys(fields).sort()).toEqual(["addressLine", "budgetAmount", "title"]);
  });

  it("carry a bounty from post to approval, and a second one through a dispute to a partial refund", async () => {
    const customer = await poster();
    const pro = await bidder();
    const support = await admin();

    mockActor = customer;
    const { bountyId } = ok(await postBountyAction(input()));
    mockActor = pro;
    ok(await askQuestionAction({ bountyId, question: "Which colour is the stain?" }));
    ok(await submitOfferAction({ bountyId, amount: 14_000, message: "Two coats, done in a day.", etaDays: 2 }));
    let detail = await getBounty({ actor: customer, bountyId });
    const offerId = detail.offers[0].id;

    mockActor = customer;
    ok(await answerQuestionAction({ bountyId, questionId: detail.questions[0].id, answer: "Dark oak." }));
    ok(await counterOfferAction({ bountyId, offerId, amount: 13_000 }));
    mockActor = pro;
    ok(await reviseOfferAction({ bountyId, offerId, amount: 13_000 }));

    mockActor = customer;
    const declined = await acceptOfferAction({ bountyId, offerId, paymentMethod: DECLINED_CARD });
    expect(declined).toMatchObject({ ok: false, error: { code: "PAYMENT_FAILED" } });
    expect((await getBounty({ actor: customer, bountyId })).status).toBe("OPEN");
    ok(await acceptOfferAction({ bountyId, offerId, paymentMethod: GOOD_CARD }));

    mockActor = pro;
    ok(await submitWorkAction({ bountyId, notes: "Both coats done, photos in the chat.", photoKeys: [] }));
    mockActor = customer;
    ok(await approveWorkAction({ bountyId }));
    detail = await getBounty({ actor: customer, bountyId });
    expect(detail).toMatchObject({ status: "COMPLETED", payment: { releasedAmount: 13_000, refundedAmount: 0, heldAmount: 0 } });

    const second = ok(await postBountyAction(input())).bountyId;
    mockActor = pro;
    ok(await submitOfferAction({ bountyId: second, amount: 15_000, message: "Same again, same price.", etaDays: 1 }));
    const secondOffer = (await getBounty({ actor: customer, bountyId: second })).offers[0].id;
    mockActor = customer;
    ok(await acceptOfferAction({ bountyId: second, offerId: secondOffer, paymentMethod: GOOD_CARD }));
    ok(await disputeBountyAction({ bountyId: second, reason: "Only one coat was applied and the gate was skipped." }));

    mockActor = customer;
    expect(await resolveDisputeAction({ bountyId: second, outcome: "release" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    mockActor = support;
    expect(ok(await resolveDisputeAction({ bountyId: second, outcome: "partial_refund", refundAmount: 5_000 }))).toEqual({ bountyId: second, status: "COMPLETED" });
    expect(await getBounty({ actor: customer, bountyId: second })).toMatchObject({
      disputeResolution: "partial_refund",
      payment: { refundedAmount: 5_000, releasedAmount: 10_000, heldAmount: 0 },
    });
  });
});
