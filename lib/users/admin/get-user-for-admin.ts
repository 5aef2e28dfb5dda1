import type { Actor } from "../../core/auth/actor";
import { db } from "../../core/db";
import { notFound } from "../../core/errors";
import { adminUserRowSelect, toAdminUserRow } from "./dto";
import { assertAdmin } from "./policies";

const RECENT_AUDIT_ENTRIES = 20;

/**
 * One account as support sees it: role and status, the provider listing, how much the person has
 * done (bookings, bounties), and the latest audit entries about them or by them.
 */
export async function getUserForAdmin({ actor, userId }: { actor: Actor | null; userId: string }) {
  assertAdmin(actor);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...adminUserRowSelect,
      timeZone: true,
      providerProfile: { select: { id: true, slug: true, businessName: true, city: true, verification: true, payoutsEnabled: true, _count: { select: { bookings: true } } } },
      _count: { select: { bookings: true, bounties: true } },
    },
  });
  if (!user) throw notFound("User");
  const [openBounties, audit] = await Promise.all([
    db.bounty.count({ where: { posterId: userId, status: "OPEN" } }),
    db.auditLog.findMany({
      where: { OR: [{ entityType: "User", entityId: userId }, { actorId: userId }] },
      select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_AUDIT_ENTRIES,
    }),
  ]);
  const provider = user.providerProfile;
  return {
    ...toAdminUserRow(user),
    timeZone: user.timeZone,
    provider: provider
      ? { id: provider.id, slug: provider.slug, businessName: provider.businessName, city: provider.city, verification: provider.verification, payoutsEnabled: provider.payoutsEnabled, bookingsReceived: provider._count.bookings }
      : null,
    counts: { bookings: user._count.bookings, bounties: user._count.bounties, openBounties },
    recentAudit: audit.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
  };
}
export type AdminUserDetail = Awaited<ReturnType<typeof getUserForAdmin>>;
