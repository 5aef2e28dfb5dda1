import { bountyErrorMessage, applyFieldErrors } from "@/components/bounties/action-errors";
import { CITY_OPTIONS } from "@/components/bounties/cities";
import { toMajorText, toMinorUnits } from "@/components/bounties/money-input";
import { isAboutBounty } from "@/components/bounties/stream-frames";
import { ListBountiesQuery } from "@/lib/bounties/schemas";
import { toListQuery } from "./_components/board-query";

describe("amounts typed in major units", () => {
  it.each([
    ["150", "USD", 15_000],
    ["150.5", "USD", 15_050],
    ["1,250.99", "USD", 125_099],
    [" $20 ", "USD", 2_000],
    ["0", "USD", 0],
    ["3000", "JPY", 3_000],
  ])("%p %s → %p minor units", (text, currency, minor) => {
    expect(toMinorUnits(text, currency)).toBe(minor);
  });

  it.each([
    ["", "USD"],
    ["abc", "USD"],
    ["1.234", "USD"],
    ["-5", "USD"],
    ["1e3", "USD"],
    ["12.5", "JPY"],
  ])("refuses %p in %s", (text, currency) => {
    expect(toMinorUnits(text, currency)).toBeNull();
  });

  it("shows minor units back as the plain major amount", () => {
    expect(toMajorText(15_000, "USD")).toBe("150");
    expect(toMajorText(15_050, "USD")).toBe("150.50");
    expect(toMajorText(3_000, "JPY")).toBe("3000");
  });
});

describe("board filters → listBounties query", () => {
  const brooklyn = CITY_OPTIONS.find((c) => c.value === "brooklyn")!;

  it("turns a city into its centre with the chosen radius, and budgets into cents", () => {
    const query = toListQuery({ near: "brooklyn", radius: "10", min: "50", max: "200.5", due: "7", remote: "false", category: "cleaning" }, undefined);
    expect(query).toMatchObject({ lat: String(brooklyn.lat), lng: String(brooklyn.lng), radiusKm: "10", minBudget: 5_000, maxBudget: 20_050, dueWithinDays: "7", remote: "false", category: "cleaning" });
    // The domain's own schema accepts exactly what the page sends.
    expect(ListBountiesQuery.parse(query)).toMatchObject({ lat: brooklyn.lat, radiusKm: 10, remote: false, minBudget: 5_000 });
  });

  it("uses the browser's position for 'near me', and nothing when it is missing", () => {
    expect(toListQuery({ near: "me", lat: "51.5", lng: "-0.12" }, undefined)).toMatchObject({ lat: "51.5", lng: "-0.12", radiusKm: "25" });
    expect(toListQuery({ near: "me" }, undefined)).not.toHaveProperty("lat");
    expect(toListQuery({ near: "atlantis" }, undefined)).not.toHaveProperty("lat");
  });

  it("drops what it cannot read instead of failing the page", () => {
    const query = toListQuery({ near: "brooklyn", radius: "9999", min: "lots", remote: "maybe" }, "cursor-1");
    expect(query).toMatchObject({ radiusKm: "25", minBudget: undefined, remote: undefined, cursor: "cursor-1" });
    expect(() => ListBountiesQuery.parse(query)).not.toThrow();
  });
});

describe("action errors", () => {
  it("puts field errors on the form's fields (dotted paths on their root) and reports whether any landed", () => {
    const set: Record<string, string> = {};
    const error = { code: "VALIDATION_FAILED", message: "Some fields are invalid", details: { fields: { "skills.1": ["Too long"], amount: ["Enter a price"], other: ["x"] } } };
    expect(applyFieldErrors(error, ["skills", "amount"] as const, (name, e) => (set[name] = e.message))).toBe(true);
    expect(set).toEqual({ skills: "Too long", amount: "Enter a price" });
    expect(applyFieldErrors({ code: "CONFLICT", message: "x" }, ["amount"] as const, () => {})).toBe(false);
  });

  it("offers a refresh when the bounty moved on, not for ordinary refusals", () => {
    expect(bountyErrorMessage({ code: "INVALID_STATE", message: "This bounty is completed" })).toEqual({ message: "This bounty is completed", stale: true });
    expect(bountyErrorMessage({ code: "FORBIDDEN", message: "Only the poster" })).toEqual({ message: "Only the poster", stale: false });
    expect(bountyErrorMessage({ code: "VALIDATION_FAILED", message: "Some fields are invalid", details: { fields: { reason: ["Too short"] } } }).message).toBe("Too short");
  });
});

describe("live refresh", () => {
  it("refreshes for this bounty's stream frames only, and when a frame cannot be read", () => {
    const frame = (bountyId: string) => JSON.stringify({ type: "bounty", id: "evt_1", data: { bountyId, event: "offer.submitted" } });
    expect(isAboutBounty(frame("b1"), "b1")).toBe(true);
    expect(isAboutBounty(frame("b2"), "b1")).toBe(false);
    expect(isAboutBounty(JSON.stringify({ type: "bounty", id: "evt_2", data: null }), "b1")).toBe(true);
    expect(isAboutBounty("not json", "b1")).toBe(true);
  });
});
