import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * "← First page" / "Next page →" for a cursor-paged list: `firstHref` when the page shown is not
 * the first, `nextHref` when the use case returned a nextCursor. Nothing at all for a single page.
 */
export function CursorPager({ firstHref, nextHref, className }: { firstHref: string | null; nextHref: string | null; className?: string }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="Pagination" className={cn("mt-6 flex items-center justify-between", className)}>
      {firstHref ? (
        <ButtonLink href={firstHref} variant="ghost">
          ← First page
        </ButtonLink>
      ) : (
        <span />
      )}
      {nextHref ? (
        <ButtonLink href={nextHref} variant="secondary" rel="next">
          Next page →
        </ButtonLink>
      ) : null}
    </nav>
  );
}

/** A page of cards in the site's three-column grid, with its pager below. */
export function PagedCardGrid<T extends { id: string }>({
  items,
  render,
  itemClassName,
  firstHref,
  nextHref,
}: {
  items: T[];
  render: (item: T) => React.ReactNode;
  itemClassName?: string;
  firstHref: string | null;
  nextHref: string | null;
}) {
  return (
    <>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className={itemClassName}>
            {render(item)}
          </li>
        ))}
      </ul>
      <CursorPager firstHref={firstHref} nextHref={nextHref} className="mt-8" />
    </>
  );
}
