import { PageSkeleton } from "@/components/ui/skeleton";

export default function DashboardBookingLoading() {
  return <PageSkeleton label="Loading the booking…" variant="detail" />;
}
