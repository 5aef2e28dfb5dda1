import type { BountyDetail } from "@/lib/bounties/get-bounty";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/bounties/local-date";
import { BountyBudget } from "@/components/bounties/bounty-budget";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{label}</dt>
      <dd className="mt-1 text-stone-900">{children}</dd>
    </div>
  );
}

/** The job at a glance. The street address only reaches the parties (the domain leaves it null for others). */
export function BountyFacts({ bounty }: { bounty: BountyDetail }) {
  return (
    <Card className="p-5">
      <dl className="space-y-4">
        <Fact label="Budget">
          <BountyBudget amount={bounty.budgetAmount} currency={bounty.currency} className="text-xl font-semibold" />
        </Fact>
        <Fact label="Category">{bounty.category.name}</Fact>
        <Fact label="Where">
          <span data-testid="bounty-location">
            {bounty.isRemote ? "Remote" : bounty.addressLine ? bounty.addressLine : bounty.approxLocation ? "On site (exact address shared with the provider you hire)" : "On site"}
          </span>
        </Fact>
        <Fact label="Due">
          <LocalDate iso={bounty.dueAt} />
        </Fact>
        <Fact label="Posted by">{bounty.poster.name}</Fact>
        {bounty.assignedProvider ? <Fact label="Given to">{bounty.assignedProvider.businessName}</Fact> : null}
        {bounty.skills.length ? (
          <Fact label="Skills">
            <ul className="flex flex-wrap gap-1.5">
              {bounty.skills.map((s) => (
                <li key={s}>
                  <Badge>{s}</Badge>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {bounty.verifiedOnly ? <Fact label="Who may offer">Verified providers only</Fact> : null}
      </dl>
    </Card>
  );
}
