import type { ProviderBadge } from "@/lib/verification/list-provider-badges";
import { badgeLabel, formatBadgeDate } from "@/lib/verification/format";
import { Badge } from "@/components/ui/badge";

/** A provider's badges in force, each with its kind and the date it lasts until. */
export function VerificationBadges({ badges }: { badges: ProviderBadge[] }) {
  if (!badges.length) return null;
  return (
    <ul aria-label="Verification badges" className="flex flex-wrap gap-2">
      {badges.map((badge) => (
        <li key={badge.kind}>
          <Badge tone="success" data-testid="verification-badge" data-kind={badge.kind} title={`Checked by Hearth; valid until ${formatBadgeDate(badge.expiresAt)}`}>
            {badgeLabel(badge.kind)} · until {formatBadgeDate(badge.expiresAt)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
