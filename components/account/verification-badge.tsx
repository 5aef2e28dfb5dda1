import { Badge } from "@/components/ui/badge";

export function VerificationBadge({ verified }: { verified: boolean }) {
  return (
    <Badge tone={verified ? "success" : "warning"} data-testid="email-verification-badge">
      {verified ? "Verified" : "Unverified"}
    </Badge>
  );
}
