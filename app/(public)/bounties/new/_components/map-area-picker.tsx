"use client";

import { useState } from "react";
import { CITY_OPTIONS } from "@/components/bounties/cities";
import { currentPosition } from "@/components/bounties/geolocation";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";

/**
 * Where the job sits for the board's distance filter: a city's centre, or the browser's position.
 * There is no geocoder, so the street address itself never becomes coordinates.
 */
export function MapAreaPicker({ onChange, error }: { onChange: (coords: { lat: number; lng: number } | null) => void; error?: string }) {
  const [place, setPlace] = useState("");
  const [locating, setLocating] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  async function locate() {
    setLocating(true);
    setNote(null);
    try {
      onChange(await currentPosition());
      setPlace("me");
    } catch (failure) {
      setNote((failure as Error).message);
    } finally {
      setLocating(false);
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor="place" className="block text-sm font-medium text-stone-800">
        Area for the map search
      </label>
      <div className="flex flex-wrap gap-2">
        <NativeSelect
          id="place"
          value={place}
          className="sm:w-64"
          onChange={(e) => {
            const next = e.target.value;
            setPlace(next);
            const city = CITY_OPTIONS.find((c) => c.value === next);
            if (next !== "me") onChange(city ? { lat: city.lat, lng: city.lng } : null);
          }}
          aria-describedby="place-hint"
        >
          <option value="">Not on the map</option>
          {place === "me" ? <option value="me">My current location</option> : null}
          {CITY_OPTIONS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </NativeSelect>
        <Button variant="secondary" onClick={locate} pending={locating}>
          Use my location
        </Button>
      </div>
      <p id="place-hint" className="text-xs text-stone-500">
        Lets nearby providers find the job with the distance filter.
      </p>
      {note ? <p className="text-sm text-amber-800">{note}</p> : null}
      <FieldError message={error} />
    </div>
  );
}
