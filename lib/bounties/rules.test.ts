import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import type { BountyStatus } from "../generated/prisma/enums";
import { shortName } from "./dto";
import { isOwnPhotoKey, newPhotoKey, photoFileName, sniffImage } from "./photos";
import { allowedActions, assertCanBid, viewerRoleOf } from "./policies";
import { assertTransition, bountyTransitions, canTransition } from "./state-machine";

const actor = (userId: string, extra: Partial<Actor> = {}): Actor => ({ userId, role: "CUSTOMER", isSuperAdmin: false, providerId: null, ...extra });
const provider = (userId: string) => actor(userId, { role: "PROVIDER", providerId: `prof-${userId}` });

describe("the bounty state machine", () => {
  it("allows exactly the documented moves", () => {
    const moves = Object.entries(bountyTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(moves.sort()).toEqual(
      [
        // Risk holds (docs/risk.md): an admin's approval opens a held bounty, a rejection (or its poster) cancels it.
        "UNDER_REVIEW→OPEN",
        "UNDER_REVIEW→CANCELLED",
        "OPEN→IN_PROGRESS",
        "OPEN→CANCELLED",
        "OPEN→EXPIRED",
        "IN_PROGRESS→AWAITING_APPROVAL",
        "IN_PROGRESS→CANCELLED",
        "IN_PROGRESS→DISPUTED",
        "AWAITING_APPROVAL→COMPLETED",
        "AWAITING_APPROVAL→IN_PROGRESS",
        "AWAITING_APPROVAL→CANCELLED",
        "AWAITING_APPROVAL→DISPUTED",
        "DISPUTED→COMPLETED",
        "DISPUTED→CANCELLED",
      ].sort(),
    );
    for (const terminal of ["COMPLETED", "CANCELLED", "EXPIRED"] as BountyStatus[]) expect(bountyTransitions[terminal]).toEqual([]);
    expect(canTransition("IN_PROGRESS", "COMPLETED")).toBe(false);
  });

  it("answers a refused move with 409 INVALID_STATE and the current status", () => {
    try {
      assertTransition("COMPLETED", "COMPLETED");
      throw new Error("expected a refusal");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect({ status: (error as AppError).status, code: (error as AppError).code, details: (error as AppError).details }).toEqual({
        status: 409,
        code: "INVALID_STATE",
        details: { currentStatus: "COMPLETED", allowed: [] },
      });
    }
  });
});

describe("bounty policies", () => {
  const bounty = { posterId: "poster", assignedUserId: "worker", verifiedOnly: false };

  it("names the viewer's role, a poster first even when they are a provider", () => {
    expect(viewerRoleOf(null, bounty)).toBe("public");
    expect(viewerRoleOf(provider("poster"), bounty)).toBe("poster");
    expect(viewerRoleOf(provider("worker"), bounty)).toBe("assigned");
    expect(viewerRoleOf(provider("other"), bounty)).toBe("provider");
    expect(viewerRoleOf(actor("someone"), bounty)).toBe("public");
    expect(viewerRoleOf(actor("support", { role: "ADMIN" }), bounty)).toBe("admin");
  });

  it("lets providers bid, never on their own bounty, verified ones only when asked", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
        return "ok";
      } catch (error) {
        return (error as AppError).code;
      }
    };
    expect(code(() => assertCanBid(provider("p"), bounty, { verification: "UNVERIFIED" }, "make offers"))).toBe("ok");
    expect(code(() => assertCanBid(provider("poster"), bounty, { verification: "VERIFIED" }, "make offers"))).toBe("FORBIDDEN");
    expect(code(() => assertCanBid(actor("c"), bounty, null, "make offers"))).toBe("FORBIDDEN");
    expect(code(() => assertCanBid(provider("p"), { ...bounty, verifiedOnly: true }, { verification: "PENDING" }, "make offers"))).toBe("FORBIDDEN");
    expect(code(() => assertCanBid(provider("p"), { ...bounty, verifiedOnly: true }, { verification: "VERIFIED" }, "make offers"))).toBe("ok");
  });

  it("offers the right buttons", () => {
    const row = (status: BountyStatus, more: Partial<{ changeRequests: number; cancelRequestedById: string | null }> = {}) => ({
      status,
      verifiedOnly: false,
      changeRequests: 0,
      cancelRequestedById: null,
      ...more,
    });
    const ctx = { hasOffer: false, verified: false, maxChangeRequests: 3 };
    const on = (flags: object) => Object.entries(flags).filter(([, v]) => v).map(([k]) => k).sort();
    expect(on(allowedActions("provider", provider("p"), row("OPEN"), ctx))).toEqual(["ask", "offer"]);
    expect(on(allowedActions("provider", provider("p"), row("OPEN"), { ...ctx, hasOffer: true }))).toEqual(["ask"]);
    // A paid bounty's offers come only from providers who can be paid.
    expect(on(allowedActions("provider", provider("p"), row("OPEN"), { ...ctx, paid: true, payoutsReady: false }))).toEqual(["ask"]);
    expect(on(allowedActions("provider", provider("p"), row("OPEN"), { ...ctx, paid: true, payoutsReady: true }))).toEqual(["ask", "offer"]);
    expect(on(allowedActions("poster", actor("poster"), row("OPEN"), ctx))).toEqual(["accept", "cancel"]);
    expect(on(allowedActions("assigned", provider("worker"), row("IN_PROGRESS"), ctx))).toEqual(["cancel", "dispute", "submit"]);
    expect(on(allowedActions("poster", actor("poster"), row("AWAITING_APPROVAL", { changeRequests: 3 }), ctx))).toEqual(["approve", "cancel", "dispute"]);
    expect(on(allowedActions("poster", actor("poster"), row("IN_PROGRESS", { cancelRequestedById: "worker" }), ctx))).toEqual(["confirmCancel", "dispute"]);
    expect(on(allowedActions("assigned", provider("worker"), row("IN_PROGRESS", { cancelRequestedById: "worker" }), ctx))).toEqual(["dispute", "submit"]);
    expect(on(allowedActions("admin", actor("s", { role: "ADMIN" }), row("DISPUTED"), ctx))).toEqual(["resolve"]);
    expect(on(allowedActions("public", null, row("OPEN"), ctx))).toEqual([]);
  });
});

describe("photos", () => {
  it("recognises JPEG, PNG, GIF and WebP by their bytes only", () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0]))?.type).toBe("image/jpeg");
    expect(sniffImage(Buffer.from("GIF89a......"))?.type).toBe("image/gif");
    expect(sniffImage(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 ", "latin1"))?.type).toBe("image/webp");
    expect(sniffImage(Buffer.from("%PDF-1.4 ........"))).toBeNull();
    expect(sniffImage(Buffer.from("<svg></svg>"))).toBeNull();
  });

  it("makes safe names and keys only their uploader can use", () => {
    expect(photoFileName("../../etc/passwd", "png")).toBe("passwd.png");
    expect(photoFileName("C:\\Users\\me\\Gate 2.jpeg", "jpg")).toBe("gate-2.jpg");
    expect(photoFileName("...", "jpg")).toBe("photo.jpg");
    const key = newPhotoKey("user-1", "Front Door.JPG", "jpg");
    expect(key).toMatch(/^bounties\/up-[0-9a-f]{18}-[a-zA-Z0-9]{16}\/front-door\.jpg$/);
    expect(isOwnPhotoKey("user-1", key)).toBe(true);
    expect(isOwnPhotoKey("user-2", key)).toBe(false);
    expect(isOwnPhotoKey("user-1", key.replace("front-door", "other"))).toBe(true);
    expect(isOwnPhotoKey("user-1", `${key}/../x.jpg`)).toBe(false);
  });

  it("shortens names for the public board", () => {
    expect(shortName("Jane van der Berg")).toBe("Jane B.");
    expect(shortName("Cher")).toBe("Cher");
  });
});
