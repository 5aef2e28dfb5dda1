import { Badge } from "@/components/ui/badge";

/**
 * Shown wherever money appears while the test-mode processor is in use, so nobody mistakes the
 * amounts for real money. `detail` says what test mode means on that page.
 */
export function TestModeNotice({ detail }: { detail?: string }) {
  return (
    <p className="mb-6 flex flex-wrap items-center gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900" role="note">
      <Badge tone="warning" data-testid="test-mode-label">
        Test mode — no real money
      </Badge>
      {detail ? <span>{detail}</span> : null}
    </p>
  );
}
