import Link from "next/link";
import type { ReadinessItem } from "@/lib/providers/listing-readiness";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

/** The onboarding checklist: what is still missing before the listing is public, each with its fix. */
export function ListingChecklist({ live, items }: { live: boolean; items: ReadinessItem[] }) {
  return (
    <Card className="mb-8 p-5" data-testid="listing-checklist" data-live={live ? "true" : "false"}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{live ? "Your listing is live" : "Get your listing live"}</h2>
        {live ? <Badge tone="success">Live: customers can find and book you</Badge> : <Badge tone="warning">Not public yet</Badge>}
      </div>
      {live ? null : <p className="mt-1 text-sm text-stone-600">Customers find and book you once every item is done.</p>}
      <ul className="mt-4 space-y-2">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center justify-between gap-2 text-sm" data-testid={`checklist-${item.key}`} data-done={item.done ? "true" : "false"}>
            <span className="flex items-center gap-2">
              <span aria-hidden="true" className={item.done ? "text-emerald-600" : "text-stone-400"}>
                {item.done ? "✓" : "○"}
              </span>
              <span className={item.done ? "text-stone-600" : "font-medium text-stone-900"}>
                {item.label}
                <span className="sr-only">{item.done ? " (done)" : " (to do)"}</span>
              </span>
              {!item.done && item.missing.length ? <span className="text-stone-500">: missing {item.missing.join(", ")}</span> : null}
            </span>
            {item.done ? null : (
              <Link href={item.href} className="font-medium text-brand-700 hover:underline">
                Fix this →
              </Link>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
