import { TEST_CARD } from "@/lib/payments/test-cards";
import { TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { reviewOf, type ActionCase } from "./access";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/**
 * Every server action, by file and export. Server actions are public POST endpoints once
 * exported, so each one is listed with the access it grants, like a route.
 */
export const ACTION_CASES: Record<string, Record<string, ActionCase>> = {
  "app/(auth)/sign-up/actions.ts": {
    registerAction: { access: { kind: "public" }, input: () => ({ email: uniqueEmail("signup"), password: "a-long-password", name: "New Person", timeZone: "Europe/Berlin" }) },
  },
  "app/(public)/bounties/actions.ts": {
    postBountyAction: {
      access: { kind: "open" },
      input: () => ({ title: "Paint the fence", description: "Two coats on a twenty-metre picket fence, paint supplied.", budgetAmount: 15_000, currency: "USD", categorySlug: "handyman", isRemote: true, skills: [], dueAt: new Date(Date.now() + 9 * 86_400_000).toISOString(), verifiedOnly: false, photoKeys: [] }),
    },
    askQuestionAction: { access: { kind: "open", control: "quinn" }, input: (w) => ({ bountyId: w.bountyId, question: "Which hinges do you have?" }) },
    answerQuestionAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bountyId: w.bountyId, questionId: w.questionId, answer: "Wooden." }) },
    submitOfferAction: { access: { kind: "open", control: "quinn" }, input: (w) => ({ bountyId: w.bountyId, amount: 17_000, message: "I can do this on Sunday.", etaDays: 2 }) },
    reviseOfferAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ bountyId: w.bountyId, offerId: w.offerId, etaDays: 4 }) },
    withdrawOfferAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ bountyId: w.bountyId, offerId: w.offerId }) },
    counterOfferAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bountyId: w.bountyId, offerId: w.offerId, amount: 15_000 }) },
    acceptOfferAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bountyId: w.bountyId, offerId: w.offerId, paymentMethod: TEST_CARD }) },
    submitWorkAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ bountyId: w.bountyId, notes: "New hinges fitted and oiled.", photoKeys: [] }) },
    approveWorkAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bountyId: w.bountyId }) },
    requestChangesAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bountyId: w.bountyId, reason: "The latch still sticks." }) },
    cancelBountyAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bountyId: w.bountyId }) },
    disputeBountyAction: { access: { kind: "owned", owners: ["alice", "paula"] }, input: (w) => ({ bountyId: w.bountyId, reason: "Nothing was done and the gate is worse." }) },
  },
  "app/(public)/providers/[slug]/book/[serviceId]/actions.ts": {
    requestBookingAction: { access: { kind: "open", control: "bob" }, input: (w) => ({ serviceId: w.paula.serviceId, start: "2030-01-09T15:00:00.000Z", paymentMethod: TEST_CARD }) },
    confirmPaymentAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ paymentId: w.upcomingPaymentId }) },
    testAuthenticatePaymentAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ paymentId: w.upcomingPaymentId, approve: true }) },
  },
  "app/account/bookings/actions.ts": {
    quoteCancellationAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    cancelBookingAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    rescheduleBookingAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId, start: "2030-01-09T15:00:00.000Z" }) },
    confirmBookingPaymentAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ paymentId: w.upcomingPaymentId }) },
    testAuthenticateBookingPaymentAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ paymentId: w.upcomingPaymentId, approve: true }) },
  },
  "app/account/waitlist/actions.ts": {
    joinWaitlistAction: { access: { kind: "open", control: "bob" }, input: (w) => ({ serviceId: w.paula.serviceId, date: w.waitlistDate, startTime: "09:00", endTime: "12:00" }) },
    leaveWaitlistAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ entryId: w.waitlistEntryId }) },
  },
  "app/account/notifications/actions.ts": {
    markNotificationsReadAction: { access: { kind: "owned", owners: ["alice"], emptySuccess: true }, input: (w) => ({ ids: [w.notificationId] }) },
    markNotificationsReadFromForm: { access: { kind: "owned", owners: ["alice"], emptySuccess: true }, invoke: (fn, w) => fn(form({ id: w.notificationId })) },
  },
  "app/account/settings/actions.ts": {
    updateProfileAction: { access: { kind: "self" }, input: () => ({ name: "Renamed" }) },
    changeEmailAction: { access: { kind: "self" }, input: () => ({ email: uniqueEmail("moved"), currentPassword: TEST_PASSWORD }) },
    changePasswordAction: { access: { kind: "self", control: "carol" }, input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "another-password-2" }) },
    resendVerificationAction: { access: { kind: "self" }, input: () => ({}) },
    deleteAccountAction: { access: { kind: "self", control: "dave", endsAccount: true }, input: () => ({ password: TEST_PASSWORD }) },
  },
  "app/account/settings/notifications/actions.ts": {
    updateNotificationPreferencesAction: { access: { kind: "self" }, input: () => ({ preferences: [{ type: "booking.requested", email: false, inApp: true }] }) },
    savePreferencesFromForm: { access: { kind: "self" }, invoke: (fn) => fn({ status: "idle" }, form({ "booking.requested:email": "off" })) },
  },
  "app/admin/disputes/actions.ts": {
    resolveDisputeAction: { access: { kind: "admin" }, input: (w) => ({ bountyId: w.bountyId, outcome: "refund" }) },
    retryEscrowRefundAction: { access: { kind: "admin" }, input: (w) => ({ bountyId: w.bountyId }) },
  },
  "app/admin/flags/actions.ts": {
    // The switch is set to the state it has, so test files running beside this one keep messaging.
    setFeatureFlagAction: { access: { kind: "admin" }, input: () => ({ key: "messaging", enabled: true, reason: "Authorization matrix check" }) },
  },
  "app/admin/users/actions.ts": {
    // Alice is suspended by the admin's call and restored by the next case's, before anything else runs.
    suspendUserAction: { access: { kind: "admin" }, input: (w) => ({ userId: w.alice.userId, reason: "Authorization matrix check" }) },
    unsuspendUserAction: { access: { kind: "admin" }, input: (w) => ({ userId: w.alice.userId, reason: "Authorization matrix check" }) },
    changeUserRoleAction: { access: { kind: "owned", owners: ["sam"] }, input: (w) => ({ userId: w.carolUserId, role: "ADMIN", reason: "Authorization matrix check" }) },
  },
  "app/admin/verification/actions.ts": {
    approveVerificationDocumentAction: { access: { kind: "admin" }, input: (w) => ({ documentId: w.documentId, expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10) }) },
    rejectVerificationDocumentAction: { access: { kind: "admin" }, input: (w) => ({ documentId: w.documentId, reason: "Unreadable scan" }) },
  },
  "app/admin/moderation/actions.ts": {
    moderateContentAction: { access: { kind: "admin" }, input: (w) => ({ kind: "REVIEW", targetId: w.reviewId, action: "DISMISS" }) },
  },
  // The world's bounty was allowed when scored: the admin gets through to a 409 (nothing held), outsiders a 403.
  "app/admin/risk/actions.ts": {
    approveRiskHoldAction: { access: { kind: "admin" }, input: (w) => ({ assessmentId: w.bountyRiskAssessmentId }) },
    rejectRiskHoldAction: { access: { kind: "admin" }, input: (w) => ({ assessmentId: w.bountyRiskAssessmentId, note: "Authorization matrix check" }) },
  },
  "app/admin/reviews/actions.ts": {
    moderateReviewAction: { access: { kind: "admin" }, input: (w) => ({ reviewId: w.reviewId, action: "RESTORE" }) },
  },
  "app/dashboard/availability/actions.ts": {
    saveWeeklyHoursAction: { access: { kind: "self", control: "paula" }, input: () => ({ weekly: [{ weekday: 1, intervals: [{ start: "09:00", end: "12:00" }] }] }) },
    setDateOverrideAction: { access: { kind: "self", control: "paula" }, input: (w) => ({ date: w.overrideDate, closed: true }) },
    removeDateOverrideAction: { access: { kind: "self", control: "paula" }, input: (w) => ({ date: w.overrideDate }) },
  },
  "app/dashboard/bookings/actions.ts": {
    confirmBookingAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    declineBookingAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    providerCancelBookingAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    providerRescheduleBookingAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId, start: "2030-01-09T15:00:00.000Z" }) },
    completeBookingAction: { access: { kind: "owned", owners: ["paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
    markNoShowAction: { access: { kind: "owned", owners: ["paula", "admin"] }, input: (w) => ({ bookingId: w.upcomingBookingId }) },
  },
  "app/dashboard/calendar/actions.ts": { rotateCalendarTokenAction: { access: { kind: "self", control: "paula" }, input: () => ({}) } },
  "app/dashboard/waitlist/actions.ts": {
    offerGapAction: { access: { kind: "self", control: "paula" }, input: (w) => ({ date: w.waitlistDate, startTime: "10:00", endTime: "11:00" }) },
    setFillGapsAction: { access: { kind: "self", control: "paula" }, input: () => ({ enabled: true }) },
  },
  "app/dashboard/payouts/actions.ts": {
    startOnboardingAction: { access: { kind: "self", control: "paula" }, input: () => ({}) },
    requestPayoutAction: { access: { kind: "self", control: "paula" }, input: () => ({ currency: "USD" }) },
  },
  "app/dashboard/profile/actions.ts": {
    updateProviderProfileAction: { access: { kind: "self", control: "paula" }, input: () => ({ headline: "Careful cleaning" }) },
    removeProfileImageAction: { access: { kind: "self", control: "paula" }, input: () => ({ kind: "photo" }) },
  },
  "app/dashboard/reviews/actions.ts": { replyToReviewAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ reviewId: w.reviewId, reply: "Thank you!" }) } },
  "app/dashboard/services/actions.ts": {
    updateServiceSettingsAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ serviceId: w.paula.serviceId, durationMin: 90 }) },
    createServiceAction: { access: { kind: "self", control: "paula" }, input: (w) => ({ name: "Window cleaning", categoryId: w.categoryId, priceAmount: 5_000, currency: "USD", durationMin: 60 }) },
    updateServiceAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ serviceId: w.paula.serviceId, name: "Deep clean" }) },
    changeServiceStatusAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ serviceId: w.paula.serviceId, to: "paused" }) },
  },
  "app/disputes/actions.ts": {
    openBookingDisputeAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ bookingId: w.pastBookingId, reason: "It was not done at all." }) },
    addDisputeMessageAction: { access: { kind: "owned", owners: ["alice", "paula", "admin"] }, input: (w) => ({ disputeId: w.disputeId, body: "Here is what happened." }) },
    proposeDisputeRefundAction: { access: { kind: "owned", owners: ["alice", "paula"] }, input: (w) => ({ disputeId: w.disputeId, refundAmount: 2_000 }) },
    answerDisputeProposalAction: { access: { kind: "owned", owners: ["alice"] }, input: (w) => ({ proposalId: w.proposalId, answer: "reject" }) },
    escalateDisputeAction: { access: { kind: "owned", owners: ["alice", "paula"] }, input: (w) => ({ disputeId: w.disputeId }) },
    resolveDisputeCaseAction: { access: { kind: "admin" }, input: (w) => ({ disputeId: w.disputeId, outcome: "release" }) },
  },
  "app/unsubscribe/actions.ts": {
    toggleEmailSubscription: { access: { kind: "secret", why: "the signed unsubscribe token in the email" }, invoke: (fn) => fn({ subscribed: true }, form({ token: "a".repeat(40), subscribe: "false" })) },
  },
  "components/moderation/actions.ts": {
    reportMessageAction: { access: { kind: "owned", owners: ["paula"] }, input: (w) => ({ targetId: w.messageId, reason: "Abusive message." }) },
    reportBountyAction: { access: { kind: "open", control: "bob" }, input: (w) => ({ targetId: w.bountyId, reason: "Looks like a scam." }) },
    reportProviderAction: { access: { kind: "open", control: "bob" }, input: (w) => ({ targetId: w.paula.providerId, reason: "Fake business." }) },
  },
  "components/reviews/actions.ts": {
    submitReviewAction: { access: { kind: "owned", owners: ["alice", "paula"] }, input: (w, who) => reviewOf(w, who) },
    reportReviewAction: { access: { kind: "open", control: "bob" }, input: (w) => ({ reviewId: w.reviewId, reason: "Looks fake to me." }) },
  },
};
