import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { isAppError } from "@/lib/core/errors";
import { getUserForAdmin } from "@/lib/users/admin/get-user-for-admin";
import { AccountStatusBadge } from "../_components/account-status-badge";
import { RoleForm } from "./_components/role-form";
import { SuspensionForm } from "./_components/suspension-form";

export const metadata: Metadata = { title: "User" };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/users/${id}`);
  let user;
  try {
    user = await getUserForAdmin({ actor, userId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <AdminsOnly what="The user console" />;
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const self = user.id === actor.userId;
  const canSuspend = !self && !user.isSuperAdmin && user.status !== "deleted";
  const canChangeRole = actor.isSuperAdmin && !self && !user.isSuperAdmin && user.status !== "deleted" && !user.provider;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-10 sm:px-6" data-testid="admin-user" data-user-id={user.id}>
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader title={user.name} description={user.email} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card className="space-y-3 p-5 text-sm">
          <h2 className="text-base font-semibold text-stone-900">Account</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="text-stone-500">Role</dt>
            <dd data-testid="user-role">
              <Badge>{user.role.toLowerCase()}</Badge> {user.isSuperAdmin ? <Badge tone="brand">super admin</Badge> : null}
            </dd>
            <dt className="text-stone-500">Status</dt>
            <dd>
              <AccountStatusBadge status={user.status} />
              {user.suspendedAt ? (
                <span className="ml-2 text-stone-500">
                  since <LocalDateTime iso={user.suspendedAt} zone="UTC" />
                </span>
              ) : null}
            </dd>
            <dt className="text-stone-500">Email</dt>
            <dd>{user.emailVerified ? "verified" : "not verified"}</dd>
            <dt className="text-stone-500">Joined</dt>
            <dd>
              <LocalDateTime iso={user.createdAt} zone="UTC" />
            </dd>
            <dt className="text-stone-500">Bookings made</dt>
            <dd>{user.counts.bookings}</dd>
            <dt className="text-stone-500">Bounties posted</dt>
            <dd>
              {user.counts.bounties} ({user.counts.openBounties} open)
            </dd>
          </dl>
        </Card>
        <Card className="space-y-3 p-5 text-sm">
          <h2 className="text-base font-semibold text-stone-900">Provider listing</h2>
          {user.provider ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="text-stone-500">Business</dt>
              <dd>
                <Link href={`/providers/${user.provider.slug}`} className="text-brand-700 hover:underline">
                  {user.provider.businessName}
                </Link>
              </dd>
              <dt className="text-stone-500">City</dt>
              <dd>{user.provider.city}</dd>
              <dt className="text-stone-500">Verification</dt>
              <dd>{user.provider.verification.toLowerCase()}</dd>
              <dt className="text-stone-500">Payouts</dt>
              <dd>{user.provider.payoutsEnabled ? "enabled" : "not set up"}</dd>
              <dt className="text-stone-500">Bookings received</dt>
              <dd>{user.provider.bookingsReceived}</dd>
            </dl>
          ) : (
            <p className="text-stone-500">No provider listing.</p>
          )}
        </Card>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Card className="space-y-3 p-5">
          <h2 className="text-base font-semibold text-stone-900">{user.status === "suspended" ? "Suspended" : "Suspend"}</h2>
          {canSuspend ? (
            <>
              <p className="text-sm text-stone-600">
                {user.status === "suspended"
                  ? "Lifting the suspension lets them sign in again and puts their listing and open bounties back."
                  : "They are signed out everywhere and cannot sign in; their listing and open bounties are hidden until the suspension is lifted."}
              </p>
              <SuspensionForm userId={user.id} suspended={user.status === "suspended"} />
            </>
          ) : (
            <p className="text-sm text-stone-500">
              {self ? "This is your own account." : user.isSuperAdmin ? "Super admins cannot be suspended here." : "This account was deleted."}
            </p>
          )}
        </Card>
        {actor.isSuperAdmin ? (
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold text-stone-900">Role</h2>
            {canChangeRole ? (
              <RoleForm userId={user.id} role={user.role} />
            ) : (
              <p className="text-sm text-stone-500">
                {user.provider ? "Accounts with a provider listing stay providers." : "This account's role cannot be changed here."}
              </p>
            )}
          </Card>
        ) : null}
      </div>

      <Card className="p-5">
        <div className="mb-3 flex items-center justify-between">
          <h2 className="text-base font-semibold text-stone-900">Recent audit entries</h2>
          <Link href={`/admin/audit?entityType=User&entityId=${user.id}`} className="text-sm text-brand-700 hover:underline">
            Full history →
          </Link>
        </div>
        {user.recentAudit.length === 0 ? (
          <p className="text-sm text-stone-500">Nothing recorded yet.</p>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm" aria-label="Recent audit entries">
            {user.recentAudit.map((entry) => (
              <li key={entry.id} className="flex flex-wrap gap-x-3 py-2" data-testid="user-audit-entry" data-action={entry.action}>
                <span className="whitespace-nowrap text-stone-500">
                  <LocalDateTime iso={entry.createdAt} zone="UTC" />
                </span>
                <span className="font-mono text-stone-900">{entry.action}</span>
                <span className="text-stone-600">by {entry.actor ? entry.actor.name : "the system"}</span>
                {entry.data && typeof entry.data === "object" && "reason" in entry.data ? <span className="text-stone-700">“{String(entry.data.reason)}”</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
