import { PageSkeleton } from "@/components/ui/skeleton";

export default function BountiesLoading() {
  return <PageSkeleton label="Loading bounties…" variant="cards" width="max-w-6xl" />;
}
