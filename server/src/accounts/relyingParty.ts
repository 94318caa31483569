/** Who the passkeys belong to: the site's host name (WebAuthn's rpID) and the origin the browser must report. */
export interface RelyingParty {
  rpID: string;
  origin: string;
  rpName: string;
}

/**
 * [ACC1] The relying party for a request: from PUBLIC_URL when set, else the request's own origin, so passkeys work
 * on http://localhost (browsers treat it as secure) and on https alike. A passkey is bound to the host name: a
 * server reached under another name cannot use it.
 */
export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: 'Roundtable' };
}
