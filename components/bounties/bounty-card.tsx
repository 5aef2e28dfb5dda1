import Link from "next/link";
import type { BountyCard as BountyCardDto } from "@/lib/bounties/dto";
import { Badge } from "@/components/ui/badge";
import { BountyBudget } from "./bounty-budget";
import { LocalDate } from "./local-date";

function where(bounty: BountyCardDto): string {
  if (bounty.isRemote) return "Remote";
  if (bounty.distanceKm !== null) return bounty.distanceKm < 1 ? "Under 1 km away" : `${bounty.distanceKm} km away`;
  return "On site";
}

/** One bounty on the board: title, budget, category, where, due date and how many offers so far. */
export function BountyCard({ bounty }: { bounty: BountyCardDto }) {
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-stone-200 bg-white shadow-sm transition hover:border-brand-300 hover:shadow" data-testid="bounty-card">
      {bounty.coverPhotoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- signed, short-lived file URLs are not for the image optimizer
        <img src={bounty.coverPhotoUrl} alt="" className="h-36 w-full rounded-t-xl object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 className="font-semibold text-stone-900">
            <Link href={`/bounties/${bounty.id}`} className="after:absolute after:inset-0 hover:text-brand-700">
              {bounty.title}
            </Link>
          </h2>
          <BountyBudget amount={bounty.budgetAmount} currency={bounty.currency} className="shrink-0 font-semibold text-stone-900" />
        </div>
        <p className="line-clamp-3 text-sm text-stone-600">{bounty.excerpt}</p>
        {bounty.skills.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Skills">
            {bounty.skills.map((skill) => (
              <li key={skill}>
                <Badge>{skill}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-500">
          <div>
            <dt className="sr-only">Category</dt>
            <dd>{bounty.category.name}</dd>
          </div>
          <div>
            <dt className="sr-only">Where</dt>
            <dd data-testid="bounty-where">{where(bounty)}</dd>
          </div>
          <div>
            <dt className="sr-only">Due</dt>
            <dd>
              Due <LocalDate iso={bounty.dueAt} />
            </dd>
          </div>
          <div>
            <dt className="sr-only">Offers</dt>
            <dd>
              {bounty.openOfferCount} {bounty.openOfferCount === 1 ? "offer" : "offers"}
            </dd>
          </div>
          {bounty.verifiedOnly ? (
            <div>
              <dt className="sr-only">Who may offer</dt>
              <dd>Verified providers only</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </article>
  );
}
