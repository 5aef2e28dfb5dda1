import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { MessagesNavLink } from "@/components/messaging/messages-nav-link";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { SignOutButton } from "./sign-out-button";

export interface HeaderUser {
  name: string;
  role: "CUSTOMER" | "PROVIDER" | "ADMIN";
  /** False shows an "Unverified" badge linking to the settings, where the link can be resent. */
  emailVerified?: boolean;
  /** Seeds the bell so the badge is right in the first paint; the bell polls after that. */
  unreadNotifications?: number;
}

const navLink = "rounded-md px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900";

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-stone-900" aria-label="Hearth home">
          <Logo />
          Hearth
        </Link>

        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
          <Link href="/providers" className={navLink}>
            Find a pro
          </Link>
          <Link href="/bounties" className={navLink}>
            Bounties
          </Link>
          {user?.role === "CUSTOMER" ? (
            <Link href="/account/bookings" className={navLink}>
              My bookings
            </Link>
          ) : null}
          {user?.role === "PROVIDER" ? (
            <>
              <Link href="/dashboard" className={navLink}>
                Dashboard
              </Link>
              <Link href="/dashboard/bookings" className={navLink}>
                Booking requests
              </Link>
            </>
          ) : null}
          {user?.role === "ADMIN" ? (
            // Every admin page, one click from anywhere: there is no admin home page.
            <>
              <Link href="/admin/disputes" className={navLink}>
                Disputes
              </Link>
              <Link href="/admin/moderation" className={navLink}>
                Moderation
              </Link>
              <Link href="/admin/verification" className={navLink}>
                Verification
              </Link>
              <Link href="/admin/risk" className={navLink}>
                Risk holds
              </Link>
              <Link href="/admin/revenue" className={navLink}>
                Revenue
              </Link>
              <Link href="/admin/emails" className={navLink}>
                Emails
              </Link>
              <Link href="/admin/users" className={navLink}>
                Users
              </Link>
              <Link href="/admin/audit" className={navLink}>
                Audit log
              </Link>
              <Link href="/admin/flags" className={navLink}>
                Flags
              </Link>
            </>
          ) : null}
          {user ? <MessagesNavLink className={navLink} /> : null}
        </nav>

        <div className="flex items-center gap-2">
          {user ? (
            <>
              <NotificationBell initialCount={user.unreadNotifications} />
              {/* The account's settings (notification preferences so far) sit behind the name. */}
              <Link href="/account/settings" className="hidden text-sm text-stone-600 hover:text-stone-900 hover:underline sm:inline" data-testid="current-user">
                {user.name}
              </Link>
              {user.emailVerified === false ? (
                <Link href="/account/settings" data-testid="header-unverified">
                  <Badge tone="warning">Unverified</Badge>
                </Link>
              ) : null}
              <SignOutButton />
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                Create account
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <path d="M16 7c3 4 6 6.5 6 10.5a6 6 0 0 1-12 0c0-2.4 1.2-4 2.6-5.3.2 1.8 1 3 2.4 3.6C14.4 12.5 15 9.6 16 7Z" fill="white" />
    </svg>
  );
}
