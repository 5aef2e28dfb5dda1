import type { Metadata } from "next";
import Link from "next/link";
import { listCategories, type CategoryNode } from "@/lib/catalog/list-categories";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SelectOption } from "@/components/ui/select";
import { PostBountyForm } from "./_components/post-bounty-form";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { getMe } from "@/lib/users/get-me";
import { PausedNotice } from "@/components/flags/paused-notice";

export const metadata: Metadata = { title: "Post a job" };

function flatten(nodes: CategoryNode[], depth = 0): SelectOption[] {
  return nodes.flatMap((n) => [{ value: n.slug, label: n.name, depth }, ...flatten(n.children, depth + 1)]);
}

export default async function NewBountyPage() {
  const actor = await requirePageActor("/bounties/new");
  const [categories, me] = await Promise.all([listCategories(), getMe({ actor })]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/bounties" className="hover:underline">
          Bounties
        </Link>{" "}
        / Post a job
      </nav>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Post a job</h1>
      <p className="mt-1 text-stone-600">Describe what you need; local pros make offers, you pick one. Your money is held safely until you approve the work.</p>

      <PausedNotice flag="bounties.create" className="mt-6" />

      <div className="mt-8">
        {actor.role === "ADMIN" ? (
          <Alert tone="info" title="Bounties are posted from customer accounts">
            <p>You are signed in as an admin. Sign in with a customer account to post a job.</p>
            <ButtonLink href="/bounties" variant="secondary" size="sm" className="mt-3">
              Back to the board
            </ButtonLink>
          </Alert>
        ) : (
          <Card className="p-6">
            <VerifyEmailNotice verified={me.emailVerified} action="post a job" />
            <PostBountyForm categories={flatten(categories)} />
          </Card>
        )}
      </div>
    </div>
  );
}
