import { PageSkeleton } from "@/components/ui/skeleton";

export default function DashboardCalendarLoading() {
  return <PageSkeleton label="Loading your calendar…" variant="detail" />;
}
