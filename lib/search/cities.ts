/**
 * Real places with real coordinates and zones. Sydney is here on purpose: its DST runs opposite to
 * the northern hemisphere's, which flushes out slot and reminder bugs that US-only data hides.
 */
export interface Neighbourhood {
  name: string;
  lat: number;
  lng: number;
  postalCode: string;
}

export interface City {
  city: string;
  region: string;
  country: string;
  timeZone: string;
  lat: number;
  lng: number;
  neighbourhoods: Neighbourhood[];
  streets: string[];
}

export const CITIES: Record<string, City> = {
  Brooklyn: {
    city: "Brooklyn",
    region: "NY",
    country: "US",
    timeZone: "America/New_York",
    lat: 40.6782,
    lng: -73.9442,
    neighbourhoods: [
      { name: "Williamsburg", lat: 40.7081, lng: -73.9571, postalCode: "11211" },
      { name: "Park Slope", lat: 40.671, lng: -73.9814, postalCode: "11215" },
      { name: "Bushwick", lat: 40.6944, lng: -73.9213, postalCode: "11237" },
      { name: "Bed-Stuy", lat: 40.6872, lng: -73.9418, postalCode: "11216" },
      { name: "Greenpoint", lat: 40.7304, lng: -73.951, postalCode: "11222" },
      { name: "Crown Heights", lat: 40.6694, lng: -73.9422, postalCode: "11213" },
    ],
    streets: ["Bedford Ave", "Fulton St", "Atlantic Ave", "Court St", "Franklin Ave", "Nostrand Ave", "7th Ave"],
  },
  Austin: {
    city: "Austin",
    region: "TX",
    country: "US",
    timeZone: "America/Chicago",
    lat: 30.2672,
    lng: -97.7431,
    neighbourhoods: [
      { name: "Downtown", lat: 30.2676, lng: -97.7429, postalCode: "78701" },
      { name: "East Austin", lat: 30.2626, lng: -97.7228, postalCode: "78702" },
      { name: "South Congress", lat: 30.2489, lng: -97.7501, postalCode: "78704" },
      { name: "Hyde Park", lat: 30.3055, lng: -97.7294, postalCode: "78751" },
      { name: "Mueller", lat: 30.2988, lng: -97.7056, postalCode: "78723" },
    ],
    streets: ["S Congress Ave", "E Cesar Chavez St", "Burnet Rd", "Manor Rd", "S Lamar Blvd", "Guadalupe St"],
  },
  London: {
    city: "London",
    region: "Greater London",
    country: "GB",
    timeZone: "Europe/London",
    lat: 51.5074,
    lng: -0.1278,
    neighbourhoods: [
      { name: "Hackney", lat: 51.545, lng: -0.0553, postalCode: "E8 1DY" },
      { name: "Camden", lat: 51.539, lng: -0.1426, postalCode: "NW1 8QP" },
      { name: "Brixton", lat: 51.4613, lng: -0.1156, postalCode: "SW9 8HE" },
      { name: "Islington", lat: 51.5362, lng: -0.103, postalCode: "N1 1QP" },
      { name: "Clapham", lat: 51.4622, lng: -0.1383, postalCode: "SW4 7AA" },
    ],
    streets: ["Mare Street", "Upper Street", "Coldharbour Lane", "Camden High Street", "Clapham High Street"],
  },
  Sydney: {
    city: "Sydney",
    region: "NSW",
    country: "AU",
    timeZone: "Australia/Sydney",
    lat: -33.8688,
    lng: 151.2093,
    neighbourhoods: [
      { name: "Surry Hills", lat: -33.8861, lng: 151.2111, postalCode: "2010" },
      { name: "Newtown", lat: -33.8981, lng: 151.1745, postalCode: "2042" },
      { name: "Bondi", lat: -33.8915, lng: 151.2767, postalCode: "2026" },
      { name: "Glebe", lat: -33.8795, lng: 151.1853, postalCode: "2037" },
      { name: "Manly", lat: -33.7969, lng: 151.2878, postalCode: "2095" },
    ],
    streets: ["Crown Street", "King Street", "Campbell Parade", "Glebe Point Road", "The Corso"],
  },
  Berlin: {
    city: "Berlin",
    region: "Berlin",
    country: "DE",
    timeZone: "Europe/Berlin",
    lat: 52.52,
    lng: 13.405,
    neighbourhoods: [
      { name: "Kreuzberg", lat: 52.4986, lng: 13.4033, postalCode: "10997" },
      { name: "Neukölln", lat: 52.4811, lng: 13.4353, postalCode: "12043" },
      { name: "Prenzlauer Berg", lat: 52.5388, lng: 13.4244, postalCode: "10405" },
      { name: "Friedrichshain", lat: 52.5158, lng: 13.4541, postalCode: "10245" },
    ],
    streets: ["Oranienstraße", "Sonnenallee", "Kastanienallee", "Boxhagener Straße", "Bergmannstraße"],
  },
};
