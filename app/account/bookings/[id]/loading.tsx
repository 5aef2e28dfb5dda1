import { PageSkeleton } from "@/components/ui/skeleton";

export default function AccountBookingLoading() {
  return <PageSkeleton label="Loading the booking…" variant="detail" />;
}
