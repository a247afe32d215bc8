// Where a region sits on the national map: each province (Kemendagri kode wilayah of two digits) at its
// capital, longitude and latitude to two decimals. Regencies and cities (52.71) are not placed: the map
// knows provinces only, and a page lists what it could not place.

/** Each province's capital: [longitude, latitude]. The 38 provinces of Kemendagri's codes (2022). */
const PROVINCE_PLACES: Readonly<Record<string, readonly [number, number]>> = {
  '11': [95.32, 5.55], '12': [98.67, 3.59], '13': [100.35, -0.95], '14': [101.45, 0.51], '15': [103.61, -1.61],
  '16': [104.76, -2.99], '17': [102.26, -3.8], '18': [105.26, -5.43], '19': [106.11, -2.13], '21': [104.45, 0.92],
  '31': [106.85, -6.21], '32': [107.61, -6.91], '33': [110.42, -6.97], '34': [110.36, -7.8], '35': [112.75, -7.25],
  '36': [106.15, -6.12], '51': [115.22, -8.65], '52': [116.12, -8.58], '53': [123.61, -10.18], '61': [109.33, -0.03],
  '62': [113.92, -2.21], '63': [114.83, -3.44], '64': [117.15, -0.5], '65': [117.37, 2.84], '71': [124.84, 1.47],
  '72': [119.87, -0.9], '73': [119.43, -5.15], '74': [122.51, -3.97], '75': [123.06, 0.54], '76': [118.89, -2.68],
  '81': [128.18, -3.7], '82': [127.56, 0.74], '91': [140.72, -2.53], '92': [134.06, -0.86], '93': [140.4, -8.49],
  '94': [135.5, -3.37], '95': [138.95, -4.09], '96': [131.25, -0.88],
};

/** A region's place on the national map, or undefined when the map cannot place its code (a regency, a city, a code it does not know). */
export function placeOfRegion(code: string): { lon: number; lat: number } | undefined {
  const p = PROVINCE_PLACES[code.trim()];
  return p ? { lon: p[0], lat: p[1] } : undefined;
}
