import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { NativeSelect } from "@/components/ui/input";
import {
  CATEGORY_LABELS,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_TYPES,
  notificationTypeInfo,
  type NotificationCategory,
} from "@/lib/notifications/notification-types";

export interface NotificationFilterValues {
  unreadOnly: boolean;
  category?: NotificationCategory;
  type?: string;
}

type Params = Record<string, string | string[] | undefined>;

/** The query string's filters; anything unknown is ignored rather than an error page. */
export function parseNotificationFilters(params: Params): NotificationFilterValues {
  const category = NOTIFICATION_CATEGORIES.find((c) => c === params.category);
  const info = typeof params.type === "string" ? notificationTypeInfo(params.type) : undefined;
  const type = info && (!category || info.category === category) ? info.type : undefined;
  return { unreadOnly: params.filter === "unread", category, type };
}

export function filtersQuery({ unreadOnly, category, type }: NotificationFilterValues): string {
  const query = new URLSearchParams();
  if (unreadOnly) query.set("filter", "unread");
  if (category) query.set("category", category);
  if (type) query.set("type", type);
  const text = query.toString();
  return text ? `?${text}` : "";
}

const href = (filters: NotificationFilterValues) => `/account/notifications${filtersQuery(filters)}`;

/** Links for read state and category (no JavaScript needed), and a GET form for one type. */
export function NotificationFilters({ filters }: { filters: NotificationFilterValues }) {
  const types = NOTIFICATION_TYPES.filter((t) => !filters.category || t.category === filters.category);
  return (
    <div className="mb-4 space-y-3 text-sm">
      <nav aria-label="Filter" className="flex flex-wrap gap-1">
        <FilterLink href={href({ ...filters, unreadOnly: false })} active={!filters.unreadOnly}>
          All
        </FilterLink>
        <FilterLink href={href({ ...filters, unreadOnly: true })} active={filters.unreadOnly}>
          Unread
        </FilterLink>
      </nav>
      <nav aria-label="Category" className="flex flex-wrap gap-1">
        <FilterLink href={href({ unreadOnly: filters.unreadOnly })} active={!filters.category && !filters.type}>
          Everything
        </FilterLink>
        {NOTIFICATION_CATEGORIES.map((category) => (
          <FilterLink key={category} href={href({ unreadOnly: filters.unreadOnly, category })} active={filters.category === category && !filters.type}>
            {CATEGORY_LABELS[category]}
          </FilterLink>
        ))}
      </nav>
      <form method="get" action="/account/notifications" className="flex items-center gap-2" aria-label="Filter by type">
        {filters.unreadOnly ? <input type="hidden" name="filter" value="unread" /> : null}
        {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
        <label htmlFor="notification-type" className="text-stone-600">
          Type
        </label>
        <div className="w-60">
          <NativeSelect id="notification-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any type</option>
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="secondary" size="sm">
          Apply
        </Button>
      </form>
    </div>
  );
}

function FilterLink({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn("rounded-md px-3 py-1.5 font-medium", active ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-100")}
    >
      {children}
    </Link>
  );
}
