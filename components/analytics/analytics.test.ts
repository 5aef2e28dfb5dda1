import { initAnalytics, resetAnalytics, track, type AnalyticsSdk } from "./analytics";

const fakeSdk = () => ({ init: jest.fn(), capture: jest.fn() }) satisfies AnalyticsSdk;

afterEach(() => resetAnalytics());

describe("analytics (PostHog)", () => {
  it("without a key: never loads the SDK, and tracking sends nothing", async () => {
    const load = jest.fn(async () => fakeSdk());
    expect(await initAnalytics({ apiKey: undefined, load })).toBe(false);
    track("search", { q: "plumber" });
    expect(load).not.toHaveBeenCalled();
  });

  it("with a key: initialises once with page views, then captures funnel events", async () => {
    const sdk = fakeSdk();
    await initAnalytics({ apiKey: "phc_test", apiHost: "https://ph.example", load: async () => sdk });
    await initAnalytics({ apiKey: "phc_test", load: async () => sdk });
    expect(sdk.init).toHaveBeenCalledTimes(1);
    expect(sdk.init).toHaveBeenCalledWith("phc_test", expect.objectContaining({ api_host: "https://ph.example", capture_pageview: "history_change" }));
    track("booking_confirmed", { bookingId: "b1" });
    expect(sdk.capture).toHaveBeenCalledWith("booking_confirmed", { bookingId: "b1" });
  });

  it("sends what was tracked while the SDK was loading, once; without a key it drops it", async () => {
    track("search", { q: "plumer" });
    const sdk = fakeSdk();
    await initAnalytics({ apiKey: "phc_test", load: async () => sdk });
    expect(sdk.capture.mock.calls).toEqual([["search", { q: "plumer" }]]);

    resetAnalytics();
    track("search", { q: "again" });
    const load = jest.fn(async () => fakeSdk());
    await initAnalytics({ apiKey: undefined, load });
    await initAnalytics({ apiKey: "phc_test", load: async () => sdk });
    expect(sdk.capture).toHaveBeenCalledTimes(1);
  });
});
