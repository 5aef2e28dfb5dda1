import { PageSkeleton } from "@/components/ui/skeleton";

export default function DashboardReviewsLoading() {
  return <PageSkeleton label="Loading reviews…" variant="rows" />;
}
