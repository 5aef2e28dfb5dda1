import { PageSkeleton } from "@/components/ui/skeleton";

export default function DashboardEarningsLoading() {
  return <PageSkeleton label="Loading earnings…" variant="rows" />;
}
