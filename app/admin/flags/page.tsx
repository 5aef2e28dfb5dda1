import type { Metadata } from "next";
import { isAppError } from "@/lib/core/errors";
import { listFeatureFlags } from "@/lib/flags/list-feature-flags";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { FlagToggle } from "./_components/flag-toggle";

export const metadata: Metadata = { title: "Feature flags" };

export default async function AdminFlagsPage() {
  const actor = await requirePageActor("/admin/flags");
  let flags;
  try {
    flags = await listFeatureFlags({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="Admins only">
            Feature flags are for administrators.
          </Alert>
        </div>
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Feature flags"
        description="Kill switches pause one part of the marketplace on every instance within seconds. Every change is kept in the audit log with its reason."
      />
      <ul className="space-y-4">
        {flags.map((flag) => (
          <li key={flag.key}>
            <Card className="space-y-3 p-5" data-testid="feature-flag" data-flag={flag.key} data-enabled={flag.enabled}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-mono text-sm font-medium text-stone-900">{flag.key}</p>
                <span className="flex gap-2">
                  {flag.kind === "kill-switch" ? <Badge tone="neutral">kill switch</Badge> : null}
                  <Badge tone={flag.enabled ? "success" : "danger"}>{flag.enabled ? "On" : "Off"}</Badge>
                </span>
              </div>
              <p className="text-sm text-stone-700">{flag.description}</p>
              <p className="text-xs text-stone-500">
                {flag.updatedAt ? (
                  <>
                    Last changed <LocalDateTime iso={flag.updatedAt} zone="UTC" />
                  </>
                ) : (
                  `Never changed (default: ${flag.defaultEnabled ? "on" : "off"})`
                )}
              </p>
              <FlagToggle flagKey={flag.key} enabled={flag.enabled} />
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
