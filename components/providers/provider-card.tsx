import Link from "next/link";
import type { ProviderCard as ProviderCardData } from "@/lib/providers/dto";
import { Badge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Stars } from "@/components/ui/stars";
import { formatBadgeDate } from "@/lib/verification/format";

/** A search result also says how far away the provider is, when the search had a place. */
export function ProviderCard({ provider }: { provider: ProviderCardData & { distanceKm?: number | null } }) {
  return (
    <article className="flex h-full flex-col rounded-xl border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow" data-testid="provider-card" data-slug={provider.slug}>
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-lg font-semibold text-stone-900">
          <Link href={`/providers/${provider.slug}`} className="hover:text-brand-700">
            {provider.businessName}
          </Link>
        </h3>
        {provider.verified ? (
          <Badge tone="success" data-testid="card-verified" title={provider.verifiedUntil ? `Verified until ${formatBadgeDate(provider.verifiedUntil)}` : undefined}>
            {provider.verifiedUntil ? `Verified · until ${formatBadgeDate(provider.verifiedUntil)}` : "Verified"}
          </Badge>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-stone-500">
        {provider.city || "Location not listed"}
        {provider.distanceKm != null ? <span data-testid="distance"> · {provider.distanceKm.toFixed(1)} km away</span> : null}
      </p>
      <div className="mt-2 flex items-center gap-2 text-sm">
        {provider.rating.average !== null ? (
          <>
            <Stars value={provider.rating.average} />
            <span className="font-medium text-stone-800">{provider.rating.average.toFixed(1)}</span>
            <span className="text-stone-500">({provider.rating.count} {provider.rating.count === 1 ? "review" : "reviews"})</span>
          </>
        ) : (
          <span className="text-stone-500">New on Hearth</span>
        )}
      </div>
      {provider.bio ? <p className="mt-3 line-clamp-3 text-sm text-stone-600">{provider.bio}</p> : null}
      <div className="mt-auto pt-4">
        {provider.categories.length ? (
          <ul className="mb-3 flex flex-wrap gap-1.5" aria-label="Categories">
            {provider.categories.map((c) => (
              <li key={c.slug}>
                <Badge>{c.name}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="flex items-center justify-between">
          {provider.fromPrice ? (
            <p className="text-sm text-stone-600">
              From <Money className="font-semibold text-stone-900" amount={provider.fromPrice.amount} currency={provider.fromPrice.currency} />
            </p>
          ) : (
            <span />
          )}
          {/* The name says whose profile, and starts with the visible words (WCAG 2.5.3, label in name). */}
          <Link href={`/providers/${provider.slug}`} className="text-sm font-medium text-brand-700 hover:underline">
            View profile<span className="sr-only"> of {provider.businessName}</span> <span aria-hidden="true">→</span>
          </Link>
        </div>
      </div>
    </article>
  );
}
