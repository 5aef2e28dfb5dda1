import sharp from "sharp";
import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { confirmBooking } from "@/lib/bookings/confirm-booking";
import { requestBooking } from "@/lib/bookings/request-booking";
import { acceptOffer } from "@/lib/bounties/accept-offer";
import { askQuestion } from "@/lib/bounties/ask-question";
import { postBounty } from "@/lib/bounties/post-bounty";
import { submitOffer } from "@/lib/bounties/submit-offer";
import { openBookingDispute } from "@/lib/disputes/open-booking-dispute";
import { proposeDisputeRefund } from "@/lib/disputes/propose-dispute-refund";
import { openInquiry } from "@/lib/messaging/open-inquiry";
import { sendMessage } from "@/lib/messaging/send-message";
import { TEST_CARD } from "@/lib/payments/test-cards";
import { NOW, TUE10, TUE13, asProvider, at, provider } from "@/lib/payments/test-support";
import { uploadProfileImage } from "@/lib/providers/upload-profile-image";
import { submitReview } from "@/lib/reviews/submit-review";
import { uploadVerificationDocument } from "@/lib/verification/upload-verification-document";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { makeAdmin, makeCategoryTree, makeCustomer, makeProvider, uniqueEmail } from "@/lib/testing/factories";
import { uniqueToken } from "@/prisma/seed/builders";

/** Who calls. Alice (customer) and Paula (her provider) own everything; the others must not reach it. */
export type Who = "anonymous" | "alice" | "paula" | "bob" | "quinn" | "admin" | Spare;
/**
 * Nobody's victim or outsider: two customers who prove that self-service which ends an account
 * works, and a super admin, the only one who may change roles.
 */
type Spare = "carol" | "dave" | "sam";
export const EVERYONE: readonly Who[] = ["anonymous", "alice", "paula", "bob", "quinn", "admin"];
export const VICTIMS: readonly Who[] = ["alice", "paula"];


/**
 * A fresh marketplace corner per case: Alice booked Paula twice (one upcoming, requested; one
 * completed, reviewed and disputed), posted a bounty Paula bid on and asked about, and they talk in
 * a conversation with an attachment. Everything carries secrets that no outsider may ever read.
 */
export async function buildWorld() {
  await makeCategoryTree();
  const token = uniqueToken();
  const secret = (what: string) => `secret-${what}-${token}`;

  const paulaProvider = await provider({ bookingMode: "REQUEST" }, { email: uniqueEmail("paula") });
  const paula = asProvider(paulaProvider);
  const aliceUser = await makeCustomer({ name: "Alice Victim" });
  const alice: Actor = { userId: aliceUser.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  const bobUser = await makeCustomer({ name: "Bob Outsider" });
  const quinnProvider = await makeProvider();
  const adaUser = await makeAdmin();
  const [carolUser, daveUser] = [await makeCustomer({ name: "Carol Spare" }), await makeCustomer({ name: "Dave Spare" })];
  const samUser = await makeAdmin({ name: "Sam Super", isSuperAdmin: true });
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#c0ffee" } }).png().toBuffer();
  const actors: Record<Exclude<Who, "anonymous">, Actor> = {
    alice,
    paula,
    bob: { userId: bobUser.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null },
    quinn: { userId: quinnProvider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: quinnProvider.id },
    admin: { userId: adaUser.id, role: "ADMIN", isSuperAdmin: false, providerId: null },
    carol: { userId: carolUser.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null },
    dave: { userId: daveUser.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null },
    sam: { userId: samUser.id, role: "ADMIN", isSuperAdmin: true, providerId: null },
  };
  const serviceId = paulaProvider.services[0].id;

  const upcoming = await requestBooking({ actor: alice, serviceId, start: TUE10, paymentMethod: TEST_CARD, address: secret("address"), notes: secret("notes"), now: NOW });
  const past = await requestBooking({ actor: alice, serviceId, start: TUE13, paymentMethod: TEST_CARD, now: NOW });
  await confirmBooking({ actor: paula, bookingId: past.booking!.id, now: NOW });
  await completeBooking({ actor: paula, bookingId: past.booking!.id, now: at(TUE13, 2) });
  const review = await submitReview({ actor: alice, bookingId: past.booking!.id, rating: 4, quality: 4, punctuality: 4, communication: 4, value: 4, text: "Tidy and on time.", now: at(TUE13, 3) });
  await submitReview({ actor: paula, bookingId: past.booking!.id, rating: 5, text: "Lovely customer.", now: at(TUE13, 4) });
  const dispute = await openBookingDispute({ actor: alice, bookingId: past.booking!.id, reason: secret("dispute-reason"), now: at(TUE13, 5) });
  const proposed = await proposeDisputeRefund({ actor: paula, disputeId: dispute.id, refundAmount: 1_000, now: at(TUE13, 6) });

  const bounty = await postBounty({
    actor: alice,
    title: "Fix the squeaky garden gate",
    description: "The gate at the back of the garden squeaks and sticks; it needs new hinges.",
    budgetAmount: 20_000,
    currency: "USD",
    categorySlug: "handyman",
    isRemote: false,
    addressLine: secret("bounty-address"),
    lat: 40.6602,
    lng: -73.969,
    skills: [],
    dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    verifiedOnly: false,
    photoKeys: [],
  });
  const offered = await submitOffer({ actor: paula, bountyId: bounty.id, amount: 18_000, message: secret("offer-message"), etaDays: 3 });
  const question = await askQuestion({ actor: paula, bountyId: bounty.id, question: "Is the gate wooden or metal?" });
  await acceptOffer({ actor: alice, bountyId: bounty.id, offerId: offered.myOffer!.id, paymentMethod: TEST_CARD });

  const conversation = await openInquiry({ actor: alice, providerId: paula.providerId! });
  const message = await sendMessage({
    actor: alice,
    conversationId: conversation.id,
    body: secret("message"),
    attachments: [{ name: "gate.png", bytes: png }],
  });
  await uploadProfileImage({ actor: paula, kind: "gallery", bytes: png });
  await uploadProfileImage({ actor: paula, kind: "photo", bytes: png });
  const document = await uploadVerificationDocument({ actor: paula, kind: "INSURANCE", bytes: png, fileName: "insurance.png" });
  const notification = await db.notification.create({
    data: { userId: alice.userId, type: "booking.confirmed", title: secret("notification"), body: secret("notification-body"), dedupeKey: `authz:${token}` },
    select: { id: true },
  });

  const waitlistDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const waitlistEntry = await joinWaitlist({ actor: alice, serviceId, date: waitlistDate });

  return {
    actors,
    secrets: [aliceUser.email, secret("address"), secret("notes"), secret("dispute-reason"), secret("message"), secret("notification"), secret("bounty-address"), secret("offer-message")],
    alice: { userId: alice.userId, email: aliceUser.email },
    paula: { userId: paula.userId, providerId: paula.providerId!, slug: paulaProvider.slug, serviceId },
    upcomingBookingId: upcoming.booking!.id,
    upcomingPaymentId: upcoming.payment.id,
    pastBookingId: past.booking!.id,
    pastPaymentId: past.payment.id,
    reviewId: review.review.id,
    documentId: document.id,
    carolUserId: carolUser.id,
    disputeId: dispute.id,
    proposalId: proposed.proposals[0].id,
    bountyId: bounty.id,
    bountyRiskAssessmentId: (await db.riskAssessment.findUniqueOrThrow({ where: { subjectKind_subjectId: { subjectKind: "BOUNTY", subjectId: bounty.id } }, select: { id: true } })).id,
    offerId: offered.myOffer!.id,
    questionId: question.questions[0].id,
    conversationId: conversation.id,
    messageId: message.id,
    attachmentKey: (await db.messageAttachment.findFirstOrThrow({ where: { messageId: message.id }, select: { storageKey: true } })).storageKey,
    notificationId: notification.id,
    categoryId: (await db.category.findFirstOrThrow({ where: { slug: "cleaning" }, select: { id: true } })).id,
    png,
    galleryKey: (await db.providerProfile.findUniqueOrThrow({ where: { id: paula.providerId! }, select: { galleryKeys: true } })).galleryKeys[0],
    /** A date a month ahead, inside the overrides' two-year horizon. */
    overrideDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    /** A day a few days ahead that Alice is on Paula's waitlist for. */
    waitlistDate,
    waitlistEntryId: waitlistEntry.id,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
