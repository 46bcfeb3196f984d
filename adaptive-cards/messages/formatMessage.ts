/**
 * Fills `{name}` placeholders of a catalog message with `values` (as text, never interpreted); a placeholder
 * without a value is left as written. `formatMessage('Ticket {id} filed', { id: 7 })` -> `Ticket 7 filed`.
 */
export function formatMessage(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
