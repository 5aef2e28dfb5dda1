import { TEST_CARD } from "@/lib/payments/test-cards";
import { TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { reviewOf, type RouteCase } from "./access";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Every route handler, by file and method. A new route fails the matrix until it is listed here
 * with the access it grants. Ids come from the world; bodies are valid, so a refusal can only come
 * from the authorization check.
 */
export const ROUTE_CASES: Record<string, Partial<Record<Method, RouteCase>>> = {
  "app/api/bounties/photos/route.ts": { POST: { access: { kind: "self" }, call: () => ({ upload: true }) } },

  "app/api/admin/bounties/route.ts": { GET: { access: { kind: "admin" } } },
  "app/api/admin/moderation/route.ts": {
    GET: { access: { kind: "admin" }, call: () => ({ query: { status: "open" } }) },
    POST: { access: { kind: "admin" }, call: (w) => ({ body: { kind: "REVIEW", targetId: w.reviewId, action: "DISMISS" } }) },
  },
  "app/api/admin/bounties/[id]/resolve/route.ts": {
    POST: { access: { kind: "admin" }, call: (w) => ({ params: { id: w.bountyId }, body: { outcome: "refund" } }) },
  },
  "app/api/admin/bounties/[id]/retry-refund/route.ts": { POST: { access: { kind: "admin" }, call: (w) => ({ params: { id: w.bountyId } }) } },

  "app/api/auth/[...nextauth]/route.ts": {
    GET: { access: { kind: "framework", why: "next-auth's handler; sign-in, suspension and session versions: lib/users/*.test.ts" } },
    POST: { access: { kind: "framework", why: "next-auth's handler; sign-in, suspension and session versions: lib/users/*.test.ts" } },
  },
  "app/api/auth/password-reset/route.ts": { POST: { access: { kind: "public" }, call: (w) => ({ body: { email: w.alice.email } }) } },
  "app/api/auth/password-reset/confirm/route.ts": {
    POST: { access: { kind: "secret", why: "the emailed reset token" }, call: () => ({ body: { token: "a".repeat(43), password: "a-new-password-1" } }) },
  },
  "app/api/auth/verify-email/route.ts": { POST: { access: { kind: "secret", why: "the emailed verification token" }, call: () => ({ body: { token: "a".repeat(43) } }) } },
  "app/api/auth/verify-email/resend/route.ts": { POST: { access: { kind: "self" } } },

  "app/api/bookings/route.ts": {
    GET: { access: { kind: "self" } },
    POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ body: { serviceId: w.paula.serviceId, start: "2030-01-09T15:00:00.000Z", paymentMethod: TEST_CARD } }) },
  },
  "app/api/bookings/[id]/route.ts": { GET: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingBookingId } }) } },
  "app/api/bookings/[id]/cancel/route.ts": { POST: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingBookingId }, body: {} }) } },
  "app/api/bookings/[id]/reschedule/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingBookingId }, body: { start: "2030-01-09T15:00:00.000Z" } }) },
  },
  "app/api/bookings/[id]/confirm/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.upcomingBookingId } }) } },
  "app/api/bookings/[id]/decline/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.upcomingBookingId } }) } },
  "app/api/bookings/[id]/complete/route.ts": { POST: { access: { kind: "owned", owners: ["paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingBookingId } }) } },
  "app/api/bookings/[id]/no-show/route.ts": { POST: { access: { kind: "owned", owners: ["paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingBookingId } }) } },

  "app/api/bounties/route.ts": {
    GET: { access: { kind: "public" } },
    POST: {
      access: { kind: "open" },
      call: () => ({
        body: { title: "Paint the fence", description: "Two coats on a twenty-metre picket fence, paint supplied.", budgetAmount: 15_000, currency: "USD", categorySlug: "handyman", isRemote: true, skills: [], dueAt: new Date(Date.now() + 9 * 86_400_000).toISOString(), verifiedOnly: false, photoKeys: [] },
      }),
    },
  },
  "app/api/bounties/[id]/route.ts": { GET: { access: { kind: "public" }, call: (w) => ({ params: { id: w.bountyId } }) } },
  // Anyone signed in but the poster (Alice) reports a bounty; a repeat is 409.
  "app/api/bounties/[id]/reports/route.ts": { POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ params: { id: w.bountyId }, body: { reason: "Looks like a scam." } }) } },
  "app/api/bounties/[id]/offers/route.ts": {
    GET: { access: { kind: "owned", owners: ["alice", "paula", "admin"], emptySuccess: true }, call: (w) => ({ params: { id: w.bountyId } }) },
    POST: { access: { kind: "open", control: "quinn" }, call: (w) => ({ params: { id: w.bountyId }, body: { amount: 17_000, message: "I can do this on Sunday.", etaDays: 2 } }) },
  },
  "app/api/bounties/[id]/offers/[offerId]/route.ts": {
    PATCH: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.bountyId, offerId: w.offerId }, body: { etaDays: 4 } }) },
    DELETE: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.bountyId, offerId: w.offerId } }) },
  },
  "app/api/bounties/[id]/offers/[offerId]/accept/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.bountyId, offerId: w.offerId }, body: { paymentMethod: TEST_CARD } }) },
  },
  "app/api/bounties/[id]/offers/[offerId]/counter/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.bountyId, offerId: w.offerId }, body: { amount: 15_000 } }) },
  },
  "app/api/bounties/[id]/questions/route.ts": {
    GET: { access: { kind: "public" }, call: (w) => ({ params: { id: w.bountyId } }) },
    POST: { access: { kind: "open", control: "quinn" }, call: (w) => ({ params: { id: w.bountyId }, body: { question: "Which hinges do you have?" } }) },
  },
  "app/api/bounties/[id]/questions/[qid]/answer/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.bountyId, qid: w.questionId }, body: { answer: "Wooden." } }) },
  },
  "app/api/bounties/[id]/submit/route.ts": {
    POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.bountyId }, body: { notes: "New hinges fitted and oiled.", photoKeys: [] } }) },
  },
  "app/api/bounties/[id]/approve/route.ts": { POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.bountyId } }) } },
  "app/api/bounties/[id]/request-changes/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.bountyId }, body: { reason: "The latch still sticks." } }) },
  },
  "app/api/bounties/[id]/cancel/route.ts": { POST: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.bountyId }, body: {} }) } },
  "app/api/bounties/[id]/dispute/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.bountyId }, body: { reason: "Nothing was done and the gate is worse." } }) },
  },

  "app/api/categories/route.ts": { GET: { access: { kind: "public" } } },

  "app/api/conversations/route.ts": {
    GET: { access: { kind: "self" } },
    POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ body: { providerId: w.paula.providerId } }) },
  },
  "app/api/conversations/unread-count/route.ts": { GET: { access: { kind: "self" } } },
  "app/api/conversations/[id]/route.ts": { GET: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId } }) } },
  "app/api/conversations/[id]/read/route.ts": { POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId } }) } },
  // Only a participant who did not send it: Alice sent the world's message, so Paula alone may report it.
  "app/api/messages/[id]/reports/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.messageId }, body: { reason: "Abusive message." } }) } },
  "app/api/conversations/[id]/messages/route.ts": {
    GET: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId } }) },
    POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId }, body: { body: "Is Tuesday still fine?" } }) },
  },
  "app/api/conversations/[id]/messages/[messageId]/pin/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId, messageId: w.messageId } }) },
  },
  "app/api/conversations/[id]/messages/[messageId]/unpin/route.ts": {
    POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w) => ({ params: { id: w.conversationId, messageId: w.messageId } }) },
  },

  "app/api/disputes/[id]/evidence/route.ts": { POST: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.disputeId }, upload: true }) } },
  "app/api/files/[...key]/route.ts": { GET: { access: { kind: "secret", why: "a signed, expiring link" }, call: (w) => ({ params: { key: w.attachmentKey.split("/") } }) } },

  "app/api/health/route.ts": { GET: { access: { kind: "public" } } },
  "app/api/ready/route.ts": { GET: { access: { kind: "public" } } },
  "app/api/metrics/route.ts": { GET: { access: { kind: "public" } } },
  "app/api/internal/scheduler/tick/route.ts": {
    GET: { access: { kind: "secret", why: "the CRON_SECRET bearer token" } },
    POST: { access: { kind: "secret", why: "the CRON_SECRET bearer token" } },
  },
  "app/api/webhooks/stripe/route.ts": { POST: { access: { kind: "secret", why: "the Stripe-Signature header" }, call: () => ({ body: { id: "evt_1", type: "payment_intent.succeeded" } }) } },
  "app/unsubscribe/one-click/route.ts": {
    GET: { access: { kind: "public" }, call: () => ({ query: { token: "a".repeat(40) } }) },
    POST: { access: { kind: "secret", why: "the signed unsubscribe token in the email" }, call: () => ({ query: { token: "a".repeat(40) } }) },
  },

  "app/api/me/route.ts": {
    GET: { access: { kind: "self" } },
    PATCH: { access: { kind: "self" }, call: () => ({ body: { name: "Renamed" } }) },
    DELETE: { access: { kind: "self", control: "dave", endsAccount: true }, call: () => ({ body: { password: TEST_PASSWORD } }) },
  },
  "app/api/me/email/route.ts": { POST: { access: { kind: "self" }, call: () => ({ body: { email: uniqueEmail("moved"), currentPassword: TEST_PASSWORD } }) } },
  "app/api/me/password/route.ts": { POST: { access: { kind: "self", control: "carol" }, call: () => ({ body: { currentPassword: TEST_PASSWORD, newPassword: "another-password-2" } }) } },
  "app/api/users/route.ts": { POST: { access: { kind: "public" }, call: () => ({ body: { email: uniqueEmail("new"), password: "a-long-password", name: "New Person", timeZone: "Europe/Berlin" } }) } },

  "app/api/notifications/route.ts": { GET: { access: { kind: "self" } } },
  "app/api/waitlist/route.ts": {
    GET: { access: { kind: "self" } },
    POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ body: { serviceId: w.paula.serviceId, date: w.waitlistDate, startTime: "13:00", endTime: "16:00" } }) },
  },
  "app/api/waitlist/[id]/route.ts": { DELETE: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.waitlistEntryId } }) } },
  "app/api/notifications/unread-count/route.ts": { GET: { access: { kind: "self" } } },
  "app/api/notifications/read/route.ts": { POST: { access: { kind: "owned", owners: ["alice"], emptySuccess: true }, call: (w) => ({ body: { ids: [w.notificationId] } }) } },

  "app/api/payments/[id]/route.ts": { GET: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ params: { id: w.upcomingPaymentId } }) } },
  "app/api/payments/[id]/confirm/route.ts": { POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.upcomingPaymentId } }) } },
  "app/api/payments/[id]/test-authenticate/route.ts": { POST: { access: { kind: "owned", owners: ["alice"] }, call: (w) => ({ params: { id: w.upcomingPaymentId }, body: { approve: true } }) } },
  "app/api/payments/[id]/refund/route.ts": { POST: { access: { kind: "admin" }, call: (w) => ({ params: { id: w.pastPaymentId }, body: { amount: 100 } }) } },

  "app/api/providers/route.ts": { GET: { access: { kind: "public" } } },
  "app/api/providers/[slug]/route.ts": { GET: { access: { kind: "public" }, call: (w) => ({ params: { slug: w.paula.slug } }) } },
  "app/api/providers/[slug]/reports/route.ts": { POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ params: { slug: w.paula.slug }, body: { reason: "Fake business." } }) } },
  "app/api/providers/[slug]/calendar.ics/route.ts": { GET: { access: { kind: "secret", why: "the provider's feed token" }, call: (w) => ({ params: { slug: w.paula.providerId }, query: { token: "a".repeat(40) } }) } },
  "app/api/providers/me/route.ts": {
    GET: { access: { kind: "self", control: "paula" } },
    PATCH: { access: { kind: "self", control: "paula" }, call: () => ({ body: { headline: "Careful cleaning" } }) },
  },
  "app/api/providers/me/readiness/route.ts": { GET: { access: { kind: "self", control: "paula" } } },
  "app/api/providers/me/availability/route.ts": {
    GET: { access: { kind: "self", control: "paula" } },
    PUT: { access: { kind: "self", control: "paula" }, call: () => ({ body: { weekly: [{ weekday: 1, intervals: [{ start: "09:00", end: "12:00" }] }] } }) },
  },
  "app/api/providers/me/availability/overrides/route.ts": { POST: { access: { kind: "self", control: "paula" }, call: (w) => ({ body: { date: w.overrideDate, closed: true } }) } },
  "app/api/providers/me/availability/overrides/[date]/route.ts": { DELETE: { access: { kind: "self", control: "paula" }, call: (w) => ({ params: { date: w.overrideDate } }) } },
  "app/api/providers/me/photo/route.ts": {
    POST: { access: { kind: "self", control: "paula" }, call: () => ({ upload: true }) },
    DELETE: { access: { kind: "self", control: "paula" } },
  },
  "app/api/providers/me/gallery/route.ts": {
    POST: { access: { kind: "self", control: "paula" }, call: () => ({ upload: true }) },
    DELETE: { access: { kind: "self", control: "paula" }, call: (w) => ({ body: { key: w.galleryKey } }) },
  },

  "app/api/reviews/route.ts": {
    GET: { access: { kind: "public" }, call: (w) => ({ query: { provider: w.paula.slug } }) },
    POST: { access: { kind: "owned", owners: ["alice", "paula"] }, call: (w, who) => ({ body: reviewOf(w, who) }) },
  },
  "app/api/reviews/status/route.ts": { GET: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, call: (w) => ({ query: { bookingId: w.pastBookingId } }) } },
  "app/api/reviews/[id]/reply/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.reviewId }, body: { reply: "Thank you!" } }) } },
  "app/api/reviews/[id]/report/route.ts": { POST: { access: { kind: "open", control: "bob" }, call: (w) => ({ params: { id: w.reviewId }, body: { reason: "Looks fake to me." } }) } },
  "app/api/reviews/[id]/moderate/route.ts": { POST: { access: { kind: "admin" }, call: (w) => ({ params: { id: w.reviewId }, body: { action: "RESTORE" } }) } },

  "app/api/services/route.ts": {
    GET: { access: { kind: "self", control: "paula" } },
    POST: { access: { kind: "self", control: "paula" }, call: (w) => ({ body: { name: "Window cleaning", categoryId: w.categoryId, priceAmount: 5_000, currency: "USD", durationMin: 60 } }) },
  },
  "app/api/services/[id]/route.ts": {
    GET: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.paula.serviceId } }) },
    PATCH: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.paula.serviceId }, body: { name: "Deep clean" } }) },
  },
  "app/api/services/[id]/pause/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.paula.serviceId } }) } },
  "app/api/services/[id]/resume/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.paula.serviceId } }) } },
  "app/api/services/[id]/archive/route.ts": { POST: { access: { kind: "owned", owners: ["paula"] }, call: (w) => ({ params: { id: w.paula.serviceId } }) } },
  "app/api/services/[id]/slots/route.ts": { GET: { access: { kind: "public" }, call: (w) => ({ params: { id: w.paula.serviceId }, query: { from: "2030-01-08", to: "2030-01-09" } }) } },

  "app/api/verification/documents/route.ts": {
    GET: { access: { kind: "self", control: "paula" } },
    POST: { access: { kind: "self", control: "paula" }, call: () => ({ upload: true, fields: { kind: "LICENCE" } }) },
  },
  "app/api/verification/documents/[id]/file/route.ts": { GET: { access: { kind: "owned", owners: ["paula", "admin"] }, call: (w) => ({ params: { id: w.documentId } }) } },

  "app/api/stream/route.ts": { GET: { access: { kind: "self" } } },
};
