import type { Metadata } from "next";
import Link from "next/link";
import { getBounty, type BountyDetail } from "@/lib/bounties/get-bounty";
import { ReportContentButton } from "@/components/moderation/report-content-button";
import { getCurrentActor } from "@/lib/core/auth/session";
import { BountyStatusBadge } from "@/components/bounties/bounty-status-badge";
import { BountyLiveRefresh } from "@/components/bounties/live-refresh";
import { SubjectDisputePanel } from "@/components/disputes/subject-dispute-panel";
import { ReviewStatusBlock } from "@/components/reviews/review-status-block";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { BountyFacts } from "./_components/bounty-facts";
import { BountyReasons, CancelRequestReason, DisputeCard } from "./_components/bounty-reasons";
import { CancelControl, DisputeControl, type CancelMode } from "./_components/bounty-controls";
import { EscrowCard } from "./_components/escrow-card";
import { MyOffer } from "./_components/my-offer";
import { OfferList } from "./_components/offer-list";
import { Questions } from "./_components/questions";
import { ReviewWork } from "./_components/review-work";
import { StatusHelp } from "./_components/status-help";
import { SubmissionCard } from "./_components/submission";
import { SubmitWorkForm } from "./_components/submit-work-form";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Bounty" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function cancelMode(b: BountyDetail): CancelMode | null {
  if (b.allowed.confirmCancel) return "confirm";
  if (!b.allowed.cancel) return null;
  if (b.viewerRole === "admin") return "admin";
  return b.status === "OPEN" ? "cancel-open" : "ask";
}

/** Who the viewer's counterpart is, named for the cancellation sentences. */
function otherParty(b: BountyDetail): string {
  if (b.viewerRole === "poster") return b.assignedProvider?.businessName ?? "the provider";
  return b.poster.name || "the poster";
}

export default async function BountyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  const bounty = await orNotFound(getBounty({ actor, bountyId: id }));
  const query = await searchParams;
  const { allowed, viewerRole } = bounty;
  const forHonor = bounty.budgetAmount === 0;
  const party = viewerRole === "poster" || viewerRole === "assigned";
  const mode = cancelMode(bounty);
  const myCancelPending = party && bounty.cancelRequestedBy !== null && (bounty.cancelRequestedBy === "poster") === (viewerRole === "poster");
  const agreed = bounty.acceptedOffer ? formatMoney(bounty.acceptedOffer.amount, bounty.acceptedOffer.currency) : null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <BountyLiveRefresh bountyId={bounty.id} stream={Boolean(actor)} />
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/bounties" className="hover:underline">
          Bounties
        </Link>{" "}
        / {bounty.category.name}
      </nav>

      {query.posted === "1" && viewerRole === "poster" ? (
        <Alert tone="success" className="mt-4" title="Your bounty is live" data-testid="bounty-posted">
          Providers can now ask questions and make offers. You&apos;ll be notified of each one.
        </Alert>
      ) : null}

      <div className="mt-4 flex flex-wrap items-start justify-between gap-4">
        <h1 className="max-w-3xl text-2xl font-semibold tracking-tight sm:text-3xl">{bounty.title}</h1>
        <BountyStatusBadge status={bounty.status} />
      </div>
      <div className="mt-2">
        <StatusHelp bounty={bounty} />
      </div>
      {bounty.hiddenByModerator ? (
        <Alert tone="error" className="mt-4" title="Hidden by a moderator" data-testid="hidden-notice">
          This bounty is off the board; only its poster and support can see this page.
        </Alert>
      ) : null}
      {/* Signed-in viewers other than the poster may report it (lib/moderation). */}
      {actor && viewerRole !== "poster" && !bounty.hiddenByModerator ? (
        <div className="mt-2">
          <ReportContentButton kind="BOUNTY" targetId={bounty.id} />
        </div>
      ) : null}

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-8">
          <section aria-label="Description">
            <p className="whitespace-pre-line text-stone-800" data-testid="bounty-description">
              {bounty.description}
            </p>
            {bounty.photos.length ? (
              <ul className="mt-4 flex flex-wrap gap-3" aria-label="Photos">
                {bounty.photos.map((photo, i) => (
                  <li key={photo.key}>
                    <a href={photo.url} target="_blank" rel="noreferrer">
                      {/* eslint-disable-next-line @next/next/no-img-element -- signed, short-lived file URLs */}
                      <img src={photo.url} alt={`Photo ${i + 1} of the job`} className="size-32 rounded-lg border border-stone-200 object-cover" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          {bounty.submission ? <SubmissionCard submission={bounty.submission} /> : null}
          {allowed.submit ? <SubmitWorkForm bountyId={bounty.id} /> : null}
          {allowed.approve || allowed.requestChanges ? (
            <ReviewWork
              bountyId={bounty.id}
              canApprove={allowed.approve}
              canRequestChanges={allowed.requestChanges}
              changesLeft={Math.max(0, bounty.maxChangeRequests - bounty.changeRequests)}
              payout={forHonor ? null : agreed}
            />
          ) : null}

          {(party || viewerRole === "admin") && actor ? <SubjectDisputePanel actor={actor} bountyId={bounty.id} /> : null}

          {/* Where review reminders and notifications about this bounty lead (#review). */}
          {party && actor && bounty.status === "COMPLETED" ? <ReviewStatusBlock bountyId={bounty.id} actor={actor} /> : null}

          {viewerRole === "poster" || viewerRole === "admin" ? (
            <OfferList bountyId={bounty.id} offers={bounty.offers} forHonor={forHonor} cardForm={bounty.cardForm} canAccept={allowed.accept} />
          ) : null}
          {viewerRole === "provider" || viewerRole === "assigned" ? (
            <MyOffer bountyId={bounty.id} currency={bounty.currency} forHonor={forHonor} offer={bounty.myOffer} canOffer={allowed.offer} bountyOpen={bounty.status === "OPEN"} />
          ) : null}
          <WhoCanOffer bounty={bounty} signedIn={Boolean(actor)} />

          <Questions bountyId={bounty.id} questions={bounty.questions} canAsk={allowed.ask} canAnswer={viewerRole === "poster" && bounty.status === "OPEN"} />
        </div>

        <aside className="min-w-0 space-y-6">
          <BountyFacts bounty={bounty} />
          {bounty.payment ? <EscrowCard bounty={bounty} /> : null}
          {party && forHonor && bounty.status !== "OPEN" ? (
            <p className="text-sm text-stone-600" data-testid="for-honor-note">
              For honor: no money changes hands on this bounty.
            </p>
          ) : null}

          {party && bounty.conversationId ? (
            <Card className="p-5">
              <h2 className="font-semibold text-stone-900">Conversation</h2>
              <p className="mt-1 text-sm text-stone-600">Only you two (and Hearth support in a dispute) can read it.</p>
              <ButtonLink href={`/account/messages/${bounty.conversationId}`} variant="secondary" size="sm" className="mt-3" data-testid="conversation-link">
                Message {otherParty(bounty)}
              </ButtonLink>
            </Card>
          ) : null}

          <DisputeCard bounty={bounty} />
          <BountyReasons bounty={bounty} />

          {mode || myCancelPending || allowed.dispute ? (
            <Card className="space-y-4 p-5" data-testid="manage-bounty">
              {myCancelPending ? (
                <p className="text-sm text-stone-700" data-testid="cancel-pending">
                  You asked to cancel. Waiting for {otherParty(bounty)} to confirm; the work and the escrow stay as they are meanwhile.
                </p>
              ) : null}
              {mode === "confirm" ? (
                <p className="text-sm text-amber-900" data-testid="cancel-requested">
                  {otherParty(bounty)} asked to cancel this bounty.
                </p>
              ) : null}
              {myCancelPending || mode === "confirm" ? <CancelRequestReason bounty={bounty} /> : null}
              {mode ? <CancelControl bountyId={bounty.id} mode={mode} otherParty={otherParty(bounty)} paid={Boolean(bounty.payment)} /> : null}
              {allowed.dispute ? <DisputeControl bountyId={bounty.id} paid={Boolean(bounty.payment)} /> : null}
            </Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

/** For viewers who cannot offer: why not, and what to do instead. */
function WhoCanOffer({ bounty, signedIn }: { bounty: BountyDetail; signedIn: boolean }) {
  if (bounty.status !== "OPEN" || bounty.viewerRole === "poster" || bounty.viewerRole === "admin" || bounty.myOffer || bounty.allowed.offer) return null;
  if (!signedIn) {
    return (
      <Alert tone="info" title="Want this job?">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/bounties/${bounty.id}`)}`} className="font-medium underline">
          Sign in with a provider account
        </Link>{" "}
        to ask questions and make an offer.
      </Alert>
    );
  }
  if (bounty.needsPayoutSetup) {
    return (
      <Alert tone="info" title="Set up payouts to offer" data-testid="needs-payout-setup">
        This is a paid bounty: when the work is approved the money goes to your payout account.{" "}
        <Link href="/dashboard/payouts" className="font-medium underline">
          Set up payouts
        </Link>{" "}
        to make an offer.
      </Alert>
    );
  }
  if (bounty.viewerRole === "provider" && bounty.verifiedOnly) {
    return <Alert tone="info">The poster takes offers from verified providers only.</Alert>;
  }
  return bounty.viewerRole === "public" ? <Alert tone="info">Offers come from provider accounts.</Alert> : null;
}
