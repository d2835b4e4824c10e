/** Colours for compared cities: Paul Tol's colour-blind-safe "bright" set, distinct from the group colours' role. */
const CITY_COLORS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB', '#332288', '#117733', '#882255'];

/** The colour of the i-th compared city (stable by position in the comparison). */
export function cityColor(i: number): string {
  return CITY_COLORS[i % CITY_COLORS.length];
}
