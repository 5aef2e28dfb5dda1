import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import type { ReviewDirection } from "../generated/prisma/enums";
import { reviewSelect, toReviewDto, type ReviewDto } from "./dto";
import { assertCanViewReviewStatus, isPublic, isReviewWindowOpen, reviewDeadline } from "./policies";
import { loadReviewTarget, reviewsOf, type TargetRef } from "./review-target";

export interface ReviewStatusDto {
  target: { kind: "booking" | "bounty"; id: string };
  /** The viewer's side; ADMIN for an admin looking on, who writes nothing and is shown no review here. */
  role: "CUSTOMER" | "PROVIDER" | "ADMIN";
  /** The review the viewer writes, when they are a party. */
  direction: ReviewDirection | null;
  counterpartName: string | null;
  completedAt: string | null;
  /** completedAt + 14 days; null until the work is completed. */
  deadline: string | null;
  windowOpen: boolean;
  /** The viewer's zone (User.timeZone), for showing the deadline before the browser's zone is known. */
  viewerTimeZone: string;
  canReview: boolean;
  /** The viewer's own review, sealed or not; `hidden` if moderators took it down. */
  mine: (ReviewDto & { hidden: boolean }) | null;
  /** The other side's review: only once published (double-blind) and while not hidden. */
  theirs: ReviewDto | null;
}

/** What the viewer may see of the reviews of one booking or bounty. */
export async function reviewStatusFor({ actor, ref, now }: { actor: Actor; ref: TargetRef; now: Date }): Promise<ReviewStatusDto> {
  const target = await loadReviewTarget(db, ref);
  const role = assertCanViewReviewStatus(actor, target);
  const [rows, viewer] = await Promise.all([
    db.review.findMany({ where: reviewsOf(target), select: { ...reviewSelect, authorId: true, hiddenAt: true } }),
    db.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } }),
  ]);
  const own = rows.find((r) => r.authorId === actor.userId) ?? null;
  const other = rows.find((r) => r.authorId !== actor.userId && isPublic(r)) ?? null;
  const windowOpen = isReviewWindowOpen(target, now);
  const party = role !== "ADMIN";
  return {
    target: { kind: target.kind, id: target.id },
    role,
    direction: role === "CUSTOMER" ? "CUSTOMER_TO_PROVIDER" : role === "PROVIDER" ? "PROVIDER_TO_CUSTOMER" : null,
    counterpartName: role === "CUSTOMER" ? target.providerName : role === "PROVIDER" ? target.customerName : null,
    completedAt: target.completedAt?.toISOString() ?? null,
    deadline: target.completed && target.completedAt ? reviewDeadline(target.completedAt).toISOString() : null,
    windowOpen,
    viewerTimeZone: viewer?.timeZone ?? "UTC",
    canReview: party && windowOpen && own === null,
    mine: party && own ? { ...toReviewDto(own), hidden: own.hiddenAt !== null } : null,
    // Admins read reviews on the profile and in the moderation queue, not here.
    theirs: party && other ? toReviewDto(other) : null,
  };
}
