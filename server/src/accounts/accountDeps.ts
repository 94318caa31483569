import type { Request, Response } from 'express';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { fieldErrors } from '@roundtable/shared/protocol/errors';
import type { Logger } from '../app/logger';
import type { SsoConfig } from '../config';
import { sendError } from '../http/restRoutes';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import type { AccountStore } from './accountStore';

/** What the account routes need from the running server. */
export interface AccountDeps {
  accounts: AccountStore;
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  /** The origin links point at, and WebAuthn's relying party: configured (PUBLIC_URL), or the request's own. */
  publicUrl: (req: Request) => string;
  allowedOrigins: readonly string[];
  sso: SsoConfig | null;
  recoveryAttemptsPer15Min: number;
  /** scrypt's cost (N) for recovery codes (Config.recoveryCodeScryptCost). */
  recoveryCodeScryptCost: number;
  /** Passkey ceremonies one address may start per minute (WEBAUTHN_OPTIONS_PER_MINUTE). */
  webauthnOptionsPerMinute: number;
  /** Closes a member's live Socket.io and Yjs connections (they reconnect, and are authenticated afresh). */
  endMemberConnections(workshopId: WorkshopId, memberId: MemberId): void;
}

export function invalid(res: Response, issues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
  const fields = fieldErrors(issues);
  sendError(res, { code: 'invalid_payload', message: Object.values(fields)[0] ?? 'The request is not valid.', fields });
}

export const nowIso = () => new Date().toISOString();
