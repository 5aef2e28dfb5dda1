import { signFileUrl, verifyFileSignature } from "./signing";

const secret = "test-secret";
const now = new Date("2026-03-01T12:00:00Z");
const at = (secondsLater: number) => new Date(now.getTime() + secondsLater * 1000);

function parse(url: string) {
  const parsed = new URL(url, "http://hearth.test");
  return {
    key: parsed.pathname.replace(/^\/api\/files\//, ""),
    expires: parsed.searchParams.get("expires"),
    sig: parsed.searchParams.get("sig"),
  };
}

describe("signed file URLs", () => {
  const url = signFileUrl({ key: "providers/p1/photo.jpg", ttlSeconds: 300, secret, now });
  const signed = parse(url);

  it("point at the files route with the key, an expiry and a signature", () => {
    expect(url).toMatch(/^\/api\/files\/providers\/p1\/photo\.jpg\?expires=\d+&sig=[\w-]+$/);
    expect(Number(signed.expires)).toBe(now.getTime() / 1000 + 300);
  });

  it("verify until they expire, and not from the expiry second on", () => {
    expect(verifyFileSignature({ ...signed, secret, now })).toBe(true);
    expect(verifyFileSignature({ ...signed, secret, now: at(299) })).toBe(true);
    expect(verifyFileSignature({ ...signed, secret, now: at(300) })).toBe(false);
    expect(verifyFileSignature({ ...signed, secret, now: at(3600) })).toBe(false);
  });

  it("reject a different key, a stretched expiry, an altered signature or another secret", () => {
    expect(verifyFileSignature({ ...signed, key: "providers/p2/photo.jpg", secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, expires: String(Number(signed.expires) + 3600), secret, now })).toBe(false);
    const flipped = signed.sig!.slice(0, -1) + (signed.sig!.endsWith("A") ? "B" : "A");
    expect(verifyFileSignature({ ...signed, sig: flipped, secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, sig: signed.sig!.slice(1), secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, secret: "other-secret", now })).toBe(false);
  });

  it("reject missing or non-canonical parameters", () => {
    expect(verifyFileSignature({ ...signed, sig: null, secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, expires: null, secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, expires: `${signed.expires}.0`, secret, now })).toBe(false);
    expect(verifyFileSignature({ ...signed, expires: "abc", secret, now })).toBe(false);
  });

  it("refuse to sign unsafe keys or non-positive lifetimes", () => {
    expect(() => signFileUrl({ key: "../etc/passwd", ttlSeconds: 60, secret, now })).toThrow("Invalid storage key");
    expect(() => signFileUrl({ key: "a?b", ttlSeconds: 60, secret, now })).toThrow("Invalid storage key");
    expect(() => signFileUrl({ key: "a", ttlSeconds: 0, secret, now })).toThrow(RangeError);
  });
});
