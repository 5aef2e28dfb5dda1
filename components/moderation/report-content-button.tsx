"use client";

import { reportBountyAction, reportMessageAction, reportProviderAction } from "./actions";
import { ReportButton } from "./report-button";

const actions = { MESSAGE: reportMessageAction, BOUNTY: reportBountyAction, PROVIDER_PROFILE: reportProviderAction } as const;
const nouns = { MESSAGE: "message", BOUNTY: "bounty", PROVIDER_PROFILE: "profile" } as const;

/** Reporting a message, a bounty or a provider profile. Signed-in only: the pages render it for signed-in viewers. */
export function ReportContentButton({ kind, targetId, className }: { kind: keyof typeof actions; targetId: string; className?: string }) {
  return (
    <ReportButton
      noun={nouns[kind]}
      send={(reason) => actions[kind]({ targetId, reason })}
      formId={`report-${kind}-${targetId}`}
      className={className}
      doneTestId="content-reported"
      wide
    />
  );
}
