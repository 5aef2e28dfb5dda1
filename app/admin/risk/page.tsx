import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/core/errors";
import { listRiskHolds } from "@/lib/risk/list-risk-holds";
import { REVIEW_THRESHOLD } from "@/lib/risk/score";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { DecisionForms } from "./_components/decision-forms";

export const metadata: Metadata = { title: "Risk holds" };

const KIND_LABELS = { BOUNTY: "Bounty", PAYOUT: "Payout" } as const;

export default async function AdminRiskPage() {
  const actor = await requirePageActor("/admin/risk");
  let queue;
  try {
    queue = await listRiskHolds({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="Admins only">
            Risk holds concern other people&apos;s money: only Hearth staff review them.
          </Alert>
        </div>
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Risk holds"
        description={`Bounties and payouts that scored ${REVIEW_THRESHOLD} or more, oldest first. Approve to publish the bounty or make the payout; reject with a reason the user is told (docs/risk.md explains the signals).`}
      />
      {queue.length === 0 ? (
        <EmptyState title="Nothing is held" />
      ) : (
        <ul className="space-y-4">
          {queue.map((h) => (
            <li key={h.id}>
              <Card className="space-y-4 p-5" data-testid="risk-hold" data-assessment-id={h.id} data-subject-id={h.subjectId}>
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <p className="text-stone-700">
                    <Badge tone="info">{KIND_LABELS[h.kind]}</Badge>{" "}
                    <Link href={h.subjectPath} className="font-medium text-brand-700 hover:underline">
                      {h.kind === "BOUNTY" ? "Open the bounty" : "Open the provider's account"}
                    </Link>{" "}
                    by {h.user.name} ({h.user.email}), <LocalDateTime iso={h.createdAt} zone="UTC" />
                  </p>
                  <p className="flex items-center gap-2">
                    <Money amount={h.amount} currency={h.currency} />
                    <Badge tone="danger" data-testid="risk-score">
                      Score {h.score}
                    </Badge>
                  </p>
                </div>
                <ul className="list-disc space-y-1 pl-5 text-sm text-stone-600" data-testid="risk-reasons">
                  {h.reasons.map((r) => (
                    <li key={r.code}>
                      <span className="font-mono text-xs">{r.code}</span> +{r.points}: {r.detail}
                    </li>
                  ))}
                </ul>
                <DecisionForms assessmentId={h.id} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
