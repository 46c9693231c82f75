/**
 * A text[] value from a parameter holding the list as JSON: the two database drivers type array parameters
 * differently, and plan texts may contain commas (so string_to_array would split them).
 */
export function textArrayFromJson(placeholder: string): string {
  return `array(select e.v from jsonb_array_elements_text(${placeholder}::jsonb) with ordinality as e(v, n) order by e.n)::text[]`;
}
