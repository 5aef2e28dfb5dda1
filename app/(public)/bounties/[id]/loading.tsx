import { PageSkeleton } from "@/components/ui/skeleton";

export default function BountyLoading() {
  return <PageSkeleton label="Loading the bounty…" variant="detail" width="max-w-6xl" />;
}
