import type { Metadata } from "next";
import Link from "next/link";
import { PagedCardGrid } from "@/components/ui/cursor-pager";
import { categoryOptions, filteredHref, filterParam, type SearchParams } from "@/components/pages/search-params";
import { connection } from "next/server";
import { listBounties } from "@/lib/bounties/list-bounties";
import { listCategories } from "@/lib/catalog/list-categories";
import { isAppError } from "@/lib/core/errors";
import { BountyCard } from "@/components/bounties/bounty-card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { BOARD_KEYS, toListQuery, type BoardFilters } from "./_components/board-query";
import { BountyFilters } from "./_components/bounty-filters";

export const metadata: Metadata = { title: "Bounties" };

const href = (filters: BoardFilters & { cursor?: string }) => filteredHref("/bounties", filters);

export default async function BountiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const filters: BoardFilters = Object.fromEntries(BOARD_KEYS.map((k) => [k, filterParam(params, k)]));
  const cursor = filterParam(params, "cursor");
  const active = BOARD_KEYS.some((k) => filters[k]);

  const [categories, result] = await Promise.all([
    listCategories(),
    listBounties({ query: toListQuery(filters, cursor) }).catch((error: unknown) => {
      if (isAppError(error)) return { error: error.message };
      throw error;
    }),
  ]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Bounties</h1>
          <p className="mt-1 text-stone-600">Jobs posted by people nearby. Make an offer, agree a price, get paid from escrow when the work is approved.</p>
        </div>
        <ButtonLink href="/bounties/new">Post a job</ButtonLink>
      </div>

      <BountyFilters categories={categoryOptions(categories)} filters={filters} active={active} />

      <section aria-label="Bounties" className="mt-8">
        {"error" in result ? (
          <Alert tone="error" title="We couldn't apply those filters">
            {result.error}
          </Alert>
        ) : result.data.length === 0 ? (
          <EmptyState title={cursor ? "No more bounties" : active ? "No open bounties match your filters" : "No open bounties yet"}>
            <p>{active ? "Try a wider radius, another category, or clear the filters." : "Be the first: post the job you need done."}</p>
            <Link href={active ? "/bounties" : "/bounties/new"} className="mt-3 inline-block font-medium text-brand-700 hover:underline">
              {active ? "Show all bounties" : "Post a job"}
            </Link>
          </EmptyState>
        ) : (
          <PagedCardGrid
            items={result.data}
            render={(bounty) => <BountyCard bounty={bounty} />}
            firstHref={cursor ? href(filters) : null}
            nextHref={result.nextCursor ? href({ ...filters, cursor: result.nextCursor }) : null}
          />
        )}
      </section>
    </div>
  );
}
