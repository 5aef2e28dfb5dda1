"use client";

import { useEffect, useRef, useState } from "react";
import { Spinner } from "@/components/ui/button";
import { MAX_BOUNTY_PHOTO_BYTES } from "@/lib/bounties/schemas";

export interface UploadedPhoto {
  key: string;
  /** What the thumbnail shows: the local file while this page lives, else the stored file's URL. */
  previewUrl: string;
}

/** Where every bounty photo (the posting's and the work's evidence) is uploaded, one file a request. */
export const BOUNTY_PHOTO_UPLOAD_URL = "/api/bounties/photos";

async function uploadOne(file: File): Promise<{ key: string; url: string }> {
  const form = new FormData();
  form.set("file", file);
  const response = await fetch(BOUNTY_PHOTO_UPLOAD_URL, { method: "POST", body: form });
  const body = (await response.json().catch(() => null)) as { key?: string; url?: string; error?: { message?: string } } | null;
  if (!response.ok || !body?.key) throw new Error(body?.error?.message ?? "The upload failed. Please try again.");
  return { key: body.key, url: body.url ?? "" };
}

/**
 * Picks images and uploads each one as soon as it is chosen, so the form only submits keys. The
 * server validates the content; the size check here just saves a pointless 8 MB round trip.
 */
export function PhotoUploader({
  id,
  value,
  onChange,
  max = 6,
  describedBy,
  onBusyChange,
}: {
  id: string;
  value: UploadedPhoto[];
  onChange: (next: UploadedPhoto[]) => void;
  max?: number;
  describedBy?: string;
  /** True while uploads are running, so the form can hold its submit. */
  onBusyChange?: (busy: boolean) => void;
}) {
  const [uploading, setUploading] = useState(0);
  useEffect(() => onBusyChange?.(uploading > 0), [uploading, onBusyChange]);
  const [errors, setErrors] = useState<string[]>([]);
  const latest = useRef(value);
  latest.current = value;
  const objectUrls = useRef<string[]>([]);

  useEffect(() => () => objectUrls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  async function onFiles(files: FileList | null) {
    if (!files?.length) return;
    const room = max - latest.current.length - uploading;
    const picked = Array.from(files);
    const problems: string[] = picked.length > room ? [`Only ${max} photos per bounty: ${picked.length - Math.max(room, 0)} not added.`] : [];
    const accepted = picked.slice(0, Math.max(room, 0)).filter((file) => {
      if (file.size > MAX_BOUNTY_PHOTO_BYTES) problems.push(`${file.name} is larger than ${MAX_BOUNTY_PHOTO_BYTES / 1024 / 1024} MB.`);
      return file.size <= MAX_BOUNTY_PHOTO_BYTES;
    });
    setErrors(problems);
    setUploading((n) => n + accepted.length);
    await Promise.all(
      accepted.map(async (file) => {
        try {
          const stored = await uploadOne(file);
          const local = URL.createObjectURL(file);
          objectUrls.current.push(local);
          onChange([...latest.current, { key: stored.key, previewUrl: local }]);
        } catch (error) {
          setErrors((list) => [...list, `${file.name}: ${(error as Error).message}`]);
        } finally {
          setUploading((n) => n - 1);
        }
      }),
    );
  }

  const full = value.length + uploading >= max;
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-3" aria-label="Photos">
        {value.map((photo, index) => (
          <li key={photo.key} className="relative" data-testid="photo-thumbnail">
            {/* eslint-disable-next-line @next/next/no-img-element -- local object URLs and signed file URLs, not optimizable */}
            <img src={photo.previewUrl} alt={`Photo ${index + 1}`} className="size-24 rounded-lg border border-stone-200 object-cover" />
            <button
              type="button"
              onClick={() => onChange(value.filter((p) => p.key !== photo.key))}
              className="absolute -top-2 -right-2 rounded-full border border-stone-300 bg-white px-1.5 text-sm text-stone-700 shadow hover:bg-stone-50"
              aria-label={`Remove photo ${index + 1}`}
            >
              ×
            </button>
          </li>
        ))}
        {Array.from({ length: uploading }, (_, i) => (
          <li key={`uploading-${i}`} className="flex size-24 items-center justify-center rounded-lg border border-dashed border-stone-300 text-stone-500" aria-label="Uploading">
            <Spinner />
          </li>
        ))}
      </ul>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        multiple
        disabled={full}
        aria-describedby={describedBy}
        onChange={(e) => {
          void onFiles(e.target.files);
          e.target.value = "";
        }}
        className="block text-sm text-stone-700 file:mr-3 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-50 disabled:opacity-50"
      />
      {errors.length ? (
        <ul role="alert" className="space-y-1 text-sm text-red-700" data-testid="photo-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {uploading ? `Uploading ${uploading} photo${uploading === 1 ? "" : "s"}` : `${value.length} of ${max} photos added`}
      </p>
    </div>
  );
}
