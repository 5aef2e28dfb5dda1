"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import type { ImageUrls } from "@/lib/providers/profile-dto";
import { MAX_GALLERY_IMAGES } from "@/lib/providers/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeProfileImageAction } from "../actions";

/** Photo and gallery uploads go to the REST routes (files are not server-action JSON); the server decides the type from the bytes. */
export function ProfileImages({ photo, gallery }: { photo: ImageUrls | null; gallery: ImageUrls[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: ChangeEvent<HTMLInputElement>, target: "photo" | "gallery") {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setError(null);
    setPending(true);
    const body = new FormData();
    body.append("file", file);
    const response = await fetch(`/api/providers/me/${target}`, { method: "POST", body }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      const payload = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(payload?.error?.message ?? "The upload failed; please try again.");
      return;
    }
    router.refresh();
  }

  async function remove(kind: "photo" | "gallery", key?: string) {
    setError(null);
    const result = await removeProfileImageAction({ kind, key });
    if (!result.ok) setError(result.error.message);
    router.refresh();
  }

  return (
    <section aria-label="Photos" className="mb-10 space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs of sized WebP variants: next/image would only re-encode them
          <img src={photo.small} alt="Your profile photo" className="size-24 rounded-2xl object-cover" data-testid="profile-photo" />
        ) : (
          <div className="flex size-24 items-center justify-center rounded-2xl bg-stone-100 text-xs text-stone-500">No photo</div>
        )}
        <div className="space-y-2">
          <label className="block text-sm font-medium text-stone-800" htmlFor="photo-file">
            Profile photo
          </label>
          <input id="photo-file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" disabled={pending} onChange={(e) => upload(e, "photo")} className="text-sm" />
          {photo ? (
            <Button variant="secondary" size="sm" onClick={() => remove("photo")}>
              Remove photo
            </Button>
          ) : null}
        </div>
      </div>
      <div className="space-y-2">
        <label className="block text-sm font-medium text-stone-800" htmlFor="gallery-file">
          Gallery ({gallery.length} of {MAX_GALLERY_IMAGES})
        </label>
        {gallery.length < MAX_GALLERY_IMAGES ? (
          <input id="gallery-file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" disabled={pending} onChange={(e) => upload(e, "gallery")} className="text-sm" />
        ) : null}
        {gallery.length ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {gallery.map((image) => (
              <li key={image.key} className="space-y-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs of sized WebP variants: next/image would only re-encode them */}
                <img src={image.small} alt="" className="aspect-square w-full rounded-xl object-cover" />
                <Button variant="secondary" size="sm" onClick={() => remove("gallery", image.key)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
