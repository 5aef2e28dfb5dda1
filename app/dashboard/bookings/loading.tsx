import { PageSkeleton } from "@/components/ui/skeleton";

export default function DashboardBookingsLoading() {
  return <PageSkeleton label="Loading bookings…" variant="rows" />;
}
