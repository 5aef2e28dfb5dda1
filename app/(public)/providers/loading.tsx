import { PageSkeleton } from "@/components/ui/skeleton";

export default function ProvidersLoading() {
  return <PageSkeleton label="Loading providers…" variant="cards" width="max-w-6xl" />;
}
