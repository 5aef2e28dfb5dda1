import { Badge } from "@/components/ui/badge";
import type { AccountStatus } from "@/lib/users/admin/dto";

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const tone = status === "active" ? "success" : status === "suspended" ? "danger" : "neutral";
  return (
    <Badge tone={tone} data-testid="account-status">
      {status}
    </Badge>
  );
}
