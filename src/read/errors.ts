/** A read failure with a one-line message meant for reports.csv (bad input, not a bug). */
export class ReadError extends Error {
  override name = 'ReadError';
}
