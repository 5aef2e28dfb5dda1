import { ApiError, apiFetch, query, toApiError } from "./api-client";
import { queryKeys } from "./query-keys";

describe("query keys", () => {
  it("nest under one prefix per resource, so invalidating the prefix covers them all", () => {
    const all = queryKeys.notifications.all;
    for (const key of [queryKeys.notifications.unreadCount(), queryKeys.notifications.list(), queryKeys.notifications.list({ unreadOnly: true })]) {
      expect(key.slice(0, all.length)).toEqual([...all]);
    }
    expect(queryKeys.notifications.list().slice(0, 2)).toEqual([...queryKeys.notifications.lists()]);
    expect(queryKeys.bookings.provider({ status: "REQUESTED" }).slice(0, 2)).toEqual([...queryKeys.bookings.providerLists()]);
    expect(queryKeys.conversations.unreadCount().slice(0, 1)).toEqual([...queryKeys.conversations.all]);
  });

  it("normalise filters: an omitted filter and its default are the same key; different filters differ", () => {
    expect(queryKeys.notifications.list()).toEqual(queryKeys.notifications.list({ unreadOnly: false, limit: 20 }));
    expect(queryKeys.bookings.provider()).toEqual(queryKeys.bookings.provider({ status: undefined, cursor: undefined }));
    expect(queryKeys.bookings.provider({ status: "REQUESTED" })).not.toEqual(queryKeys.bookings.provider({ status: "CONFIRMED" }));
  });
});

describe("the typed API client", () => {
  it("turns the API's error shape into an ApiError with code, status, message and details", () => {
    const error = toApiError(409, { error: { code: "INVALID_STATE", message: "Already cancelled", details: { currentStatus: "CANCELLED" } } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect({ code: error.code, status: error.status, message: error.message, details: error.details }).toEqual({
      code: "INVALID_STATE",
      status: 409,
      message: "Already cancelled",
      details: { currentStatus: "CANCELLED" },
    });
  });

  it("falls back to a generic message and a status-based code for bodies without the shape", () => {
    expect(toApiError(502, null)).toMatchObject({ code: "INTERNAL", status: 502, message: "Something went wrong. Please try again." });
    expect(toApiError(404, "<html>")).toMatchObject({ code: "HTTP_ERROR", status: 404 });
    expect(toApiError(400, { error: { code: 7, message: "" } })).toMatchObject({ code: "HTTP_ERROR", message: "Something went wrong. Please try again." });
  });

  describe("apiFetch", () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });

    it("returns the JSON body of a 2xx, never cached", async () => {
      const fetchMock = jest.fn(async () => Response.json({ count: 3 }));
      global.fetch = fetchMock as unknown as typeof fetch;
      await expect(apiFetch<{ count: number }>("/api/notifications/unread-count")).resolves.toEqual({ count: 3 });
      expect(fetchMock).toHaveBeenCalledWith("/api/notifications/unread-count", { cache: "no-store" });
    });

    it("throws the ApiError of a 4xx", async () => {
      global.fetch = (async () => Response.json({ error: { code: "FORBIDDEN", message: "Not yours" } }, { status: 403 })) as typeof fetch;
      await expect(apiFetch("/api/x")).rejects.toMatchObject({ name: "ApiError", code: "FORBIDDEN", status: 403, message: "Not yours" });
    });

    it("throws a NETWORK_ERROR when the request never reaches the server", async () => {
      global.fetch = (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch;
      await expect(apiFetch("/api/x")).rejects.toMatchObject({ code: "NETWORK_ERROR", status: 0 });
    });
  });

  it("builds query strings from defined values only", () => {
    expect(query({ as: "provider", status: undefined, cursor: null, q: "", limit: 20 })).toBe("?as=provider&limit=20");
    expect(query({})).toBe("");
  });
});
