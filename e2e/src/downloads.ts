import type { Download } from 'playwright-core';

/**
 * The bytes of a finished download. Read through the connection, since the browser is shared (globalSetup.ts) and
 * `download.path()` exists only for a browser this process launched.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
