import { badgesInForce, deriveVerification, type DocumentFacts } from "./derive-verification";

const now = new Date("2027-01-10T12:00:00Z");
const at = (iso: string) => new Date(iso);
const doc = (overrides: Partial<DocumentFacts>): DocumentFacts => ({ kind: "ID", status: "PENDING", expiresAt: null, createdAt: at("2027-01-01T00:00:00Z"), ...overrides });

describe("deriveVerification", () => {
  it("is VERIFIED while any approved badge is unexpired, until the latest expiry", () => {
    const derived = deriveVerification(
      [
        doc({ status: "APPROVED", expiresAt: at("2027-03-01T00:00:00Z") }),
        doc({ kind: "INSURANCE", status: "APPROVED", expiresAt: at("2027-06-01T00:00:00Z") }),
        doc({ kind: "LICENCE", status: "REJECTED", createdAt: at("2027-01-09T00:00:00Z") }),
      ],
      now,
    );
    expect(derived).toEqual({ state: "VERIFIED", verifiedUntil: at("2027-06-01T00:00:00Z") });
  });

  it("does not count an approved badge past its expiry, even before the job marks it EXPIRED", () => {
    expect(deriveVerification([doc({ status: "APPROVED", expiresAt: now })], now).state).toBe("UNVERIFIED");
    expect(deriveVerification([doc({ status: "APPROVED", expiresAt: at("2027-01-09T00:00:00Z") }), doc({ status: "PENDING" })], now).state).toBe("PENDING");
  });

  it("is PENDING while a document awaits review, REJECTED when the newest was rejected, UNVERIFIED otherwise", () => {
    expect(deriveVerification([], now)).toEqual({ state: "UNVERIFIED", verifiedUntil: null });
    expect(deriveVerification([doc({ status: "REJECTED" }), doc({ status: "PENDING" })], now).state).toBe("PENDING");
    expect(deriveVerification([doc({ status: "EXPIRED" }), doc({ status: "REJECTED", createdAt: at("2027-01-05T00:00:00Z") })], now).state).toBe("REJECTED");
    expect(deriveVerification([doc({ status: "REJECTED" }), doc({ status: "EXPIRED", createdAt: at("2027-01-05T00:00:00Z") })], now).state).toBe("UNVERIFIED");
  });
});

describe("deriveVerification for a provider verified before badges existed", () => {
  const legacy = { state: "VERIFIED" as const, verifiedUntil: null };

  it("stays VERIFIED while documents are pending or rejected, until a badge is first approved", () => {
    expect(deriveVerification([doc({ status: "PENDING" })], now, legacy)).toEqual({ state: "VERIFIED", verifiedUntil: null });
    expect(deriveVerification([doc({ status: "REJECTED" })], now, legacy)).toEqual({ state: "VERIFIED", verifiedUntil: null });
    expect(deriveVerification([doc({ status: "APPROVED", expiresAt: at("2027-05-01T00:00:00Z") })], now, legacy)).toEqual({ state: "VERIFIED", verifiedUntil: at("2027-05-01T00:00:00Z") });
  });

  it("is decided by the documents alone once a badge has been held", () => {
    expect(deriveVerification([doc({ status: "EXPIRED", expiresAt: at("2027-01-01T00:00:00Z") })], now, legacy).state).toBe("UNVERIFIED");
    // A badge-verified provider (verifiedUntil set) is no legacy case.
    expect(deriveVerification([], now, { state: "VERIFIED", verifiedUntil: at("2027-01-01T00:00:00Z") }).state).toBe("UNVERIFIED");
    expect(deriveVerification([doc({ status: "PENDING" })], now, { state: "PENDING", verifiedUntil: null }).state).toBe("PENDING");
  });
});

describe("badgesInForce", () => {
  it("keeps the longest-lasting badge of each kind, in a fixed kind order", () => {
    const badges = badgesInForce(
      [
        doc({ kind: "INSURANCE", status: "APPROVED", expiresAt: at("2027-02-01T00:00:00Z") }),
        doc({ kind: "ID", status: "APPROVED", expiresAt: at("2027-02-01T00:00:00Z") }),
        doc({ kind: "ID", status: "APPROVED", expiresAt: at("2028-02-01T00:00:00Z") }),
        doc({ kind: "LICENCE", status: "APPROVED", expiresAt: at("2027-01-01T00:00:00Z") }),
        doc({ kind: "LICENCE", status: "PENDING" }),
      ],
      now,
    );
    expect(badges.map((b) => [b.kind, b.expiresAt?.toISOString()])).toEqual([
      ["ID", "2028-02-01T00:00:00.000Z"],
      ["INSURANCE", "2027-02-01T00:00:00.000Z"],
    ]);
  });
});
