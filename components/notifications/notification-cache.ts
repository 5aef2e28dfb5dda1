/** Pure patches of the notification queries' data, for optimistic updates (tested on their own). */
export interface NotificationItem {
  id: string;
  title: string;
  body: string | null;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  data: NotificationItem[];
  nextCursor: string | null;
}

export type MarkReadTarget = { ids: string[] } | { all: true };

const targets = (target: MarkReadTarget, id: string) => ("all" in target ? true : target.ids.includes(id));

/** The page with the targeted notifications read; unchanged objects are kept (React Query's structural sharing). */
export function markReadInPage(page: NotificationPage, target: MarkReadTarget, readAt: string): NotificationPage {
  if (!page.data.some((n) => n.readAt === null && targets(target, n.id))) return page;
  return { ...page, data: page.data.map((n) => (n.readAt === null && targets(target, n.id) ? { ...n, readAt } : n)) };
}

/**
 * The unread count right after marking: zero for "all"; otherwise one less per targeted id that is
 * not known to be read already (ids the lists have not loaded count as unread, as the page showed them).
 */
export function unreadAfterMarking(count: number, target: MarkReadTarget, knownRead: ReadonlySet<string> = new Set()): number {
  if ("all" in target) return 0;
  const newlyRead = new Set(target.ids.filter((id) => !knownRead.has(id))).size;
  return Math.max(0, count - newlyRead);
}
