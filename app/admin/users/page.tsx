import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { hrefWith, param } from "@/components/admin/search-params";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { DataTable } from "@/components/ui/data-table";
import { NativeSelect } from "@/components/ui/input";
import { LocalDateTime } from "@/components/ui/local-time";
import { isAppError } from "@/lib/core/errors";
import { searchUsers } from "@/lib/users/admin/search-users";
import { AccountStatusBadge } from "./_components/account-status-badge";

export const metadata: Metadata = { title: "Users" };

const control = "h-9 rounded-lg border border-stone-300 px-3 text-sm focus:border-brand-500 focus:outline-none";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/admin/users");
  const raw = await searchParams;
  const filters = { q: param(raw, "q"), role: param(raw, "role"), status: param(raw, "status") };
  const cursor = param(raw, "cursor");
  let result;
  try {
    result = await searchUsers({ actor, query: { ...filters, cursor } });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <AdminsOnly what="The user console" />;
    if (isAppError(error) && error.code === "VALIDATION_FAILED") result = { invalid: true as const };
    else throw error;
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <PageHeader title="Users" description="Find an account by email or name; open it to suspend it or change its role." />
      <form className="mb-6 flex flex-wrap items-end gap-2" role="search" aria-label="Search users">
        <label htmlFor="q" className="sr-only">
          Email or name
        </label>
        <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Email or name" className={`${control} w-full max-w-sm`} data-testid="user-search" />
        <label htmlFor="role" className="sr-only">
          Role
        </label>
        <NativeSelect id="role" name="role" defaultValue={filters.role ?? ""} className="h-9 w-auto">
          <option value="">Any role</option>
          <option value="CUSTOMER">Customers</option>
          <option value="PROVIDER">Providers</option>
          <option value="ADMIN">Admins</option>
        </NativeSelect>
        <label htmlFor="status" className="sr-only">
          Status
        </label>
        <NativeSelect id="status" name="status" defaultValue={filters.status ?? "all"} className="h-9 w-auto">
          <option value="all">Any status</option>
          <option value="active">Active</option>
          <option value="suspended">Suspended</option>
        </NativeSelect>
        <button type="submit" className="h-9 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:bg-stone-50">
          Search
        </button>
      </form>

      {"invalid" in result ? (
        <Alert tone="error">That search could not be read; change the filters and try again.</Alert>
      ) : result.data.length === 0 ? (
        <EmptyState title="No users match" />
      ) : (
        <>
          <DataTable columns={["Name", "Email", "Role", "Status", "Joined"]}>
            {result.data.map((user) => (
              <tr key={user.id} data-testid="user-row" data-user-id={user.id} className="hover:bg-stone-50">
                <td className="px-4 py-2">
                  <Link href={`/admin/users/${user.id}`} className="font-medium text-stone-900 hover:underline">
                    {user.name}
                  </Link>
                  {user.provider ? <span className="block text-xs text-stone-500">{user.provider.businessName}</span> : null}
                </td>
                <td className="px-4 py-2 text-stone-700">{user.email}</td>
                <td className="px-4 py-2">
                  <Badge>{user.role.toLowerCase()}</Badge> {user.isSuperAdmin ? <Badge tone="brand">super admin</Badge> : null}
                </td>
                <td className="px-4 py-2">
                  <AccountStatusBadge status={user.status} />
                </td>
                <td className="px-4 py-2 whitespace-nowrap text-stone-500">
                  <LocalDateTime iso={user.createdAt} zone="UTC" />
                </td>
              </tr>
            ))}
          </DataTable>
          <CursorPager
            firstHref={cursor ? hrefWith("/admin/users", filters, {}) : null}
            nextHref={result.nextCursor ? hrefWith("/admin/users", filters, { cursor: result.nextCursor }) : null}
          />
        </>
      )}
    </div>
  );
}
