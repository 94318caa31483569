/**
 * Facilitator and participant links carry their token in the URL fragment (`/w/:id#token=…`), which browsers
 * never send to a server or put in a Referer. The page exchanges it for a cookie and then removes it.
 */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token')?.trim();
  return token ? token : null;
}

/** The fragment without `token`, so other parameters survive; '' when nothing is left. */
export function fragmentWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  params.delete('token');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}
