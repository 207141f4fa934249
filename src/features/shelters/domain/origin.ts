/** Where the nearest-shelter search starts from. */
export interface Origin {
  lon: number;
  lat: number;
  kind: 'device' | 'place' | 'map';
  /** Place name (kind 'place'). */
  label?: string;
  /** Metres (kind 'device'). */
  accuracy?: number;
}
