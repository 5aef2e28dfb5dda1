import { PageSkeleton } from "@/components/ui/skeleton";

export default function AdminLoading() {
  return <PageSkeleton label="Loading…" variant="rows" width="max-w-6xl" />;
}
