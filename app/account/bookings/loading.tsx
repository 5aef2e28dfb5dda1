import { PageSkeleton } from "@/components/ui/skeleton";

export default function AccountBookingsLoading() {
  return <PageSkeleton label="Loading your bookings…" variant="rows" width="max-w-4xl" />;
}
