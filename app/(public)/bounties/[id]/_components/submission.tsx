import type { BountyDetail } from "@/lib/bounties/get-bounty";
import { Card } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";

type Submission = NonNullable<BountyDetail["submission"]>;

/** The provider's evidence: only the two parties and Hearth support get it from the domain. */
export function SubmissionCard({ submission }: { submission: Submission }) {
  return (
    <Card className="p-5" data-testid="submission">
      <h2 className="text-lg font-semibold text-stone-900">Submitted work</h2>
      <p className="mt-1 text-xs text-stone-500">
        Submitted <LocalDateTime iso={submission.submittedAt} zone="UTC" />
      </p>
      <p className="mt-3 text-sm whitespace-pre-line text-stone-800" data-testid="submission-notes">
        {submission.notes}
      </p>
      {submission.photos.length ? (
        <ul className="mt-4 flex flex-wrap gap-3" aria-label="Photos of the work">
          {submission.photos.map((photo, i) => (
            <li key={photo.key}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                {/* eslint-disable-next-line @next/next/no-img-element -- signed, short-lived file URLs */}
                <img src={photo.url} alt={`Work photo ${i + 1}`} className="size-28 rounded-lg border border-stone-200 object-cover" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
