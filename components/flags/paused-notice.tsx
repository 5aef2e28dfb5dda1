import { FLAGS, type FlagKey } from "@/lib/flags/catalog";
import { isEnabled } from "@/lib/flags/is-enabled";
import { Alert } from "@/components/ui/alert";

/**
 * Says so, server-side, when a kill switch is off: the form below still works and its use case
 * answers 503 with the same words, so a page rendered just before the flip stays honest too.
 */
export async function PausedNotice({ flag, className }: { flag: FlagKey; className?: string }) {
  if (await isEnabled(flag)) return null;
  return (
    <Alert tone="warning" title="Paused" className={className} data-testid="paused-notice" data-flag={flag}>
      {FLAGS[flag].pausedMessage}
    </Alert>
  );
}
