import type { PersonalView } from '../workshop/personalView';
import type { Ack, AppError } from './errors';
import type { CommandData } from '../workshop/commands';
import type { CommandInput, CommandName } from '../workshop/commandSchemas';

/**
 * The wire contract's version. A client sends it in its Socket.io handshake; an older one than the server
 * accepts is refused with `protocol_outdated` and told to reload, by name.
 */
export const PROTOCOL_VERSION = 2;
export const MIN_SUPPORTED_PROTOCOL_VERSION = 2;

/** Socket.io handshake `auth`. Browsers authenticate by cookie; scripts may pass their token. See handshake.ts. */
export interface HandshakeAuth {
  workshopId: string;
  protocolVersion: number;
  token?: string;
}

export type ClientToServerEvents = {
  [K in CommandName]: (payload: CommandInput<K>, ack: (result: Ack<CommandData[K]>) => void) => void;
};

export interface ServerToClientEvents {
  /** This member was removed from the workshop by a facilitator; the connection closes after it. */
  'member:removed': () => void;
  /**
   * This member's own part of what the server keeps private (drafts, own card ids, own dots, notices), sent on
   * connect and after every change to it. Only ever sent to that member's own connections.
   */
  'personal:view': (view: PersonalView) => void;
  /**
   * The workshop's stored record is damaged: it is shown as far as it can be read (`setAside` records could not be) and
   * nothing can be changed until it is repaired (RESC1). Sent on connect.
   */
  'workshop:readOnly': (notice: { setAside: number }) => void;
  /** The server is shutting down; reconnect shortly. */
  'server:shutdown': () => void;
}

/** The `data` of a Socket.io `connect_error` the server raises. */
export type ConnectErrorData = AppError;

/** Yjs websocket close codes (4400-4499: the y-websocket client must not keep retrying these). */
export const YJS_CLOSE = {
  malformed: 4400,
  unauthorized: 4401,
  forbiddenOrigin: 4403,
  notFound: 4404,
  tooLarge: 4413,
} as const;

/** The Yjs endpoint: `${origin}${YJS_PATH_PREFIX}/${workshopId}`. */
export const YJS_PATH_PREFIX = '/yjs';
export const SOCKET_IO_PATH = '/socket.io';
