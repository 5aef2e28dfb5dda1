import { withBookingAnswered, withBookingStatus } from "@/components/bookings/booking-cache";
import { withConversationRead, withIncomingMessage, type Inbox } from "@/components/messaging/conversation-cache";
import { MAX_DRAFTS, withDraft } from "@/components/messaging/draft-store";
import { withMessagePinned, withPinnedList } from "@/components/messaging/pin-cache";
import type { MessageDto } from "@/components/messaging/chat-api";
import { markReadInPage, unreadAfterMarking, type NotificationPage } from "@/components/notifications/notification-cache";
import { resultToast } from "@/components/ui/toast-result";

const n = (id: string, readAt: string | null = null) => ({ id, title: id, body: null, link: null, readAt, createdAt: "2026-12-01T10:00:00.000Z" });

describe("notification patches", () => {
  const page: NotificationPage = { data: [n("a"), n("b"), n("c", "2026-12-01T11:00:00.000Z")], nextCursor: null };

  it("marks the targeted unread notifications read and leaves the rest (and already-read ones) alone", () => {
    const next = markReadInPage(page, { ids: ["a", "c"] }, "2026-12-02T09:00:00.000Z");
    expect(next.data.map((x) => x.readAt)).toEqual(["2026-12-02T09:00:00.000Z", null, "2026-12-01T11:00:00.000Z"]);
    expect(next.data[1]).toBe(page.data[1]);
    expect(page.data[0].readAt).toBeNull();
  });

  it("marks everything for { all: true } and returns the same page when nothing changes", () => {
    expect(markReadInPage(page, { all: true }, "t").data.every((x) => x.readAt !== null)).toBe(true);
    expect(markReadInPage(page, { ids: ["c", "zzz"] }, "t")).toBe(page);
  });

  it("computes the bell's count right after marking", () => {
    expect(unreadAfterMarking(5, { all: true })).toBe(0);
    expect(unreadAfterMarking(5, { ids: ["a", "b"] })).toBe(3);
    expect(unreadAfterMarking(5, { ids: ["a", "a", "c"] }, new Set(["c"]))).toBe(4);
    expect(unreadAfterMarking(1, { ids: ["a", "b", "d"] })).toBe(0);
  });
});

describe("booking patches", () => {
  const page = { data: [{ id: "b1", status: "REQUESTED" }, { id: "b2", status: "REQUESTED" }], nextCursor: "b2" };
  it("changes one row's status, keeping the others and the cursor", () => {
    const next = withBookingStatus(page, "b1", "CONFIRMED");
    expect(next).toEqual({ data: [{ id: "b1", status: "CONFIRMED" }, { id: "b2", status: "REQUESTED" }], nextCursor: "b2" });
    expect(next.data[1]).toBe(page.data[1]);
  });
  it("returns the same page when the booking is not on it or already has the status", () => {
    expect(withBookingStatus(page, "nope", "CONFIRMED")).toBe(page);
    expect(withBookingStatus(page, "b2", "REQUESTED")).toBe(page);
  });
});

const message = (id: string, over: Partial<MessageDto> = {}) =>
  ({ id, conversationId: "c1", senderId: "other", senderName: "Ann", body: `body ${id}`, attachments: [], pinnedAt: null, createdAt: "2026-12-02T10:00:00.000Z", ...over }) as unknown as MessageDto;

describe("pin patches", () => {
  it("sets and clears a message's pinnedAt", () => {
    const list = [message("m1"), message("m2")];
    expect(withMessagePinned(list, "m2", "t").map((m) => m.pinnedAt)).toEqual([null, "t"]);
    expect(withMessagePinned(list, "m3", "t")).toBe(list);
  });
  it("puts a new pin first and removes an unpinned message", () => {
    const pinned = [message("m1", { pinnedAt: "t1" })];
    expect(withPinnedList(pinned, message("m2"), "t2").map((m) => [m.id, m.pinnedAt])).toEqual([["m2", "t2"], ["m1", "t1"]]);
    expect(withPinnedList(pinned, pinned[0], null)).toEqual([]);
  });
});

describe("inbox patches", () => {
  const summary = (id: string, unreadCount: number) => ({ id, title: id, subtitle: "", lastMessage: null, lastMessageAt: null, unreadCount }) as unknown as Inbox["data"][number];
  const inbox: Inbox = { data: [summary("c0", 2), summary("c1", 1)], totalUnread: 3 };

  it("moves the conversation of a live message to the top with one more unread", () => {
    const next = withIncomingMessage(inbox, message("m9"), "me")!;
    expect(next.data.map((c) => [c.id, c.unreadCount])).toEqual([["c1", 2], ["c0", 2]]);
    expect(next.data[0].lastMessage).toMatchObject({ id: "m9", excerpt: "body m9" });
    expect(next.totalUnread).toBe(4);
  });
  it("counts the viewer's own message as read, ignores a repeat, and asks for a refetch for an unknown conversation", () => {
    expect(withIncomingMessage(inbox, message("m9", { senderId: "me" }), "me")!.totalUnread).toBe(2);
    const once = withIncomingMessage(inbox, message("m9"), "me")!;
    expect(withIncomingMessage(once, message("m9"), "me")).toBe(once);
    expect(withIncomingMessage(inbox, message("m9", { conversationId: "new" }), "me")).toBeNull();
  });
  it("zeroes a read conversation", () => {
    expect(withConversationRead(inbox, "c0")).toEqual({ data: [summary("c0", 0), summary("c1", 1)], totalUnread: 1 });
    expect(withConversationRead(inbox, "zzz")).toBe(inbox);
  });
});

describe("composer drafts", () => {
  it("keeps one draft per conversation and drops blank ones", () => {
    let drafts = withDraft({}, "c1", "Hello");
    drafts = withDraft(drafts, "c2", "Other");
    drafts = withDraft(drafts, "c1", "Hello there");
    expect(drafts).toEqual({ c2: "Other", c1: "Hello there" });
    expect(withDraft(drafts, "c2", "   ")).toEqual({ c1: "Hello there" });
  });
  it("keeps only the most recent drafts", () => {
    let drafts = {};
    for (let i = 0; i <= MAX_DRAFTS; i++) drafts = withDraft(drafts, `c${i}`, "x");
    expect(Object.keys(drafts)).toHaveLength(MAX_DRAFTS);
    expect(drafts).not.toHaveProperty("c0");
    expect(drafts).toHaveProperty(`c${MAX_DRAFTS}`);
  });
});

describe("action result toasts", () => {
  const failed = { ok: false as const, error: { code: "INVALID_STATE", message: "Too late" } };
  it("shows success only when there is something to say, and failures by default", () => {
    expect(resultToast({ ok: true, data: 1 }, { success: "Saved" })).toEqual({ kind: "success", message: "Saved" });
    expect(resultToast({ ok: true, data: 1 }, {})).toBeNull();
    expect(resultToast(failed, {})).toEqual({ kind: "error", message: "Too late" });
  });
  it("lets a form word the failure or keep it inline only", () => {
    expect(resultToast(failed, { error: "Could not save" })).toEqual({ kind: "error", message: "Could not save" });
    expect(resultToast(failed, { error: (e) => `${e.code}!` })).toEqual({ kind: "error", message: "INVALID_STATE!" });
    expect(resultToast(failed, { error: false })).toBeNull();
  });
});

describe("answering a request", () => {
  const flags = { confirm: true, decline: true, cancel: false };
  const page = { data: [{ id: "b1", status: "REQUESTED", allowed: flags }, { id: "b2", status: "REQUESTED", allowed: flags }], nextCursor: null };
  it("takes Confirm and Decline off the answered row at once and leaves the rest for the refetch", () => {
    const next = withBookingAnswered(page, "b1", "CONFIRMED");
    expect(next.data[0]).toEqual({ id: "b1", status: "CONFIRMED", allowed: { confirm: false, decline: false, cancel: false } });
    expect(next.data[1]).toBe(page.data[1]);
    expect(page.data[0].allowed.confirm).toBe(true);
  });
  it("returns the same page when nothing changes", () => {
    expect(withBookingAnswered(page, "nope", "CONFIRMED")).toBe(page);
  });
});
