import type { CreateWorkshopResponse, JoinResponse, MeResponse } from '@roundtable/shared/protocol/rest';
import type { Sector } from '@roundtable/shared/members/sector';

/** The REST API as scripts and tests use it (JSON in, JSON out, Bearer tokens). The body is whatever came back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the response's shape
export async function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** The token in a member link's #fragment. */
export function tokenOf(link: string): string {
  const token = new URL(link).hash.match(/token=([^&]+)/)?.[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

export interface CreatedForTest extends CreateWorkshopResponse {
  leadToken: string;
  coToken: string;
}

export async function createTestWorkshop(baseUrl: string, title = 'Darlington PIP 2026', area = 'Darlington'): Promise<CreatedForTest> {
  const res = await postJson(baseUrl, '/api/workshops', { title, area, facilitatorName: 'Ann Facilitator' });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as CreateWorkshopResponse;
  return { ...body, leadToken: tokenOf(body.facilitatorUrl), coToken: tokenOf(body.coFacilitatorUrl) };
}

export interface JoinedForTest extends JoinResponse {
  token: string;
}

export async function joinTestWorkshop(baseUrl: string, joinCode: string, name: string, sector: Sector = 'third_sector', organisation = 'Darlington CVS'): Promise<JoinedForTest> {
  const res = await postJson(baseUrl, '/api/join', { joinCode, name, organisation, sector });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as JoinResponse;
  return { ...body, token: tokenOf(body.participantUrl) };
}

/** The member id a token belongs to, as GET /me answers it. */
export async function memberIdOf(baseUrl: string, workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /me failed: ${res.status}`);
  return ((await res.json()) as MeResponse).memberId;
}
