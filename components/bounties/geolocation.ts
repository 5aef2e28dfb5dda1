"use client";

/** The browser's position, rounded to ~100 m (plenty for "within 10 km"); rejects with a sentence to show. */
export function currentPosition(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === "undefined" || !navigator.geolocation) {
      reject(new Error("This browser cannot share its location. Pick a city instead."));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          lat: Math.round(position.coords.latitude * 1000) / 1000,
          lng: Math.round(position.coords.longitude * 1000) / 1000,
        }),
      (error) =>
        reject(
          new Error(error.code === error.PERMISSION_DENIED ? "Location access was refused. Pick a city instead." : "Your location is not available right now. Pick a city instead."),
        ),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 10 * 60_000 },
    );
  });
}
