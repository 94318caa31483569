/** `GET /api/client-config`: what the browser needs from the server's configuration, and nothing secret. */
export interface ClientConfigResponse {
  /**
   * tldraw's licence key for the board wall, or null when none is configured. A licence key is bound to the
   * site's domain and is meant to ship to browsers, like the script it unlocks.
   */
  tldrawLicenseKey: string | null;
}

export const CLIENT_CONFIG_PATH = '/api/client-config';
