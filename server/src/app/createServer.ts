import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { Server as SocketServer } from 'socket.io';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { SOCKET_IO_PATH } from '@roundtable/shared/protocol/events';
import { accountSeats, releasingSeats, workshopCreationByAccount } from '../accounts/accountSeats';
import { accountsRouter } from '../accounts/accountsRouter';
import type { AccountStore } from '../accounts/accountStore';
import { createMemoryAccountStore } from '../accounts/memoryAccountStore';
import { ssoRoutes } from '../accounts/sso/ssoRoutes';
import { ssoSignIn } from '../accounts/ssoSignIn';
import type { Config } from '../config';
import { createMemoryProgrammeStore } from '../programmes/memoryProgrammeStore';
import { ProgrammeLive } from '../programmes/programmeLive';
import { programmesRouter } from '../programmes/programmesRouter';
import type { ProgrammeStore } from '../programmes/programmeStore';
import { documentFiles, type DocumentFiles } from '../exports/documentFiles';
import { rendererFor } from '../exports/documentRenderer';
import type { RegisteredExport } from '../exports/exportDocument';
import { clientConfigRoutes } from '../http/clientConfigRoutes';
import { exportRoutes } from '../http/exportRoutes';
import { secureCookies } from '../http/identity';
import { leadRoutes } from '../http/leadRoutes';
import { linkRoutes } from '../http/linkRoutes';
import { shareRoutes } from '../http/shareRoutes';
import { isAllowedOrigin } from '../http/origin';
import { restRoutes, sendError } from '../http/restRoutes';
import { newId, newJoinCode } from '../http/secrets';
import { wireTextBodies } from '../http/wireTextBodies';
import { attachCommandSocket, memberChannel, type CommandServer } from '../realtime/commandSocket';
import { YjsEndpoint } from '../realtime/yjsEndpoint';
import type { WorkshopStore } from '../store/workshopStore';
import { WorkshopRooms } from '../workshops/workshopRooms';
import type { Logger } from './logger';
import { realtimeHooks } from './realtimeHooks';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface ServerComponents {
  config: Config;
  store: WorkshopStore;
  logger: Logger;
  /** Facilitator accounts; by default an in-memory store of the server's own (what tests not about accounts want). */
  accounts?: AccountStore;
  /** Programmes; by default an in-memory store of the server's own. */
  programmes?: ProgrammeStore;
  /** Where documents are rendered and kept (the server closes it); by default a pool of `config.exportWorkers`. */
  documentFiles?: DocumentFiles;
  /** The documents served; by default the registry (exports/exportRegistry.ts). */
  documents?: readonly RegisteredExport[];
}

export interface RunningServer {
  httpServer: HttpServer;
  rooms: WorkshopRooms;
  accounts: AccountStore;
  programmes: ProgrammeStore;
  /** Starts listening; resolves with the base URL (http://host:port). */
  listen(): Promise<string>;
  /** Graceful shutdown: stop accepting, let queued changes commit, close connections. Does not close the store. */
  close(): Promise<void>;
  stats(): { yjsConnections: number; sockets: number; workshopsLoaded: number };
}

/**
 * The largest Socket.io frame a client may send. It must hold the largest command the schemas allow, or that command
 * would close its connection unanswered and be resent for ever (OUT2): a survey answer to 30 written questions of 2,000
 * characters is ~180 KB in UTF-8 at three bytes a character. The rate limit (CMD4) bounds what a connection can send.
 */
export const COMMAND_FRAME_MAX_BYTES = 512 * 1024;
/** The largest REST body: a lead's report at every limit (REV6) is ~41 KB in UTF-8; nothing else comes close. */
export const REST_BODY_MAX_BYTES = 128 * 1024;

/** Builds the one HTTP server: Express (REST + the built client), Socket.io (commands) and the Yjs endpoint. */
export function createServer({ config, store, logger, accounts = createMemoryAccountStore(), programmes = createMemoryProgrammeStore(), ...exports }: ServerComponents): RunningServer {
  const context = (): TransitionContext => ({ now: new Date().toISOString(), newId, newJoinCode });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxyHops);
  const publicHttps = config.publicUrl !== null && new URL(config.publicUrl).protocol === 'https:';
  app.use(securityHeaders(publicHttps), secureCookies(publicHttps));
  const httpServer = createHttpServer(app);
  const seats = accountSeats(accounts);
  app.locals.accountSeats = seats; // what `authenticate` consults for REST (http/identity.ts: accountSeatsOf)

  // Socket.io must not destroy the Yjs upgrades it does not own (it would after 1 s by default).
  const io: CommandServer = new SocketServer(httpServer, {
    path: SOCKET_IO_PATH,
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: COMMAND_FRAME_MAX_BYTES,
    allowRequest: (req, callback) => callback(null, isAllowedOrigin(req, config.allowedOrigins)),
  });

  let yjs: YjsEndpoint | null = null;
  const rooms = new WorkshopRooms({
    store,
    logger,
    context,
    compactEveryNUpdates: config.compactEveryNUpdates,
    hooks: releasingSeats(realtimeHooks(io, () => yjs), accounts, logger),
  });
  yjs = new YjsEndpoint({ store, rooms, logger, allowedOrigins: config.allowedOrigins, maxFrameBytes: config.yjsMaxFrameBytes, seats });
  attachCommandSocket(io, { store, rooms, logger, commandsPer10S: config.commandsPer10S, seats });
  // A disabled account's open consoles: their connections close, and reconnecting finds the seat shut.
  const endMemberConnections = (workshopId: WorkshopId, memberId: MemberId) => {
    io.in(memberChannel(memberId)).disconnectSockets(true);
    yjs?.closeMember(workshopId, memberId);
  };

  httpServer.on('upgrade', (req, socket, head) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith(`${SOCKET_IO_PATH}/`)) return; // Socket.io's own listener takes it.
    if (YjsEndpoint.handles(pathname)) return yjs.handleUpgrade(req, socket, head);
    socket.destroy();
  });

  const publicUrl = (req: Request) => config.publicUrl ?? `${req.protocol}://${req.get('host') ?? `localhost:${config.port}`}`;
  app.use('/api', express.json({ limit: REST_BODY_MAX_BYTES }), wireTextBodies);
  const accountDeps = {
    accounts,
    store,
    rooms,
    logger,
    publicUrl,
    allowedOrigins: config.allowedOrigins,
    sso: config.sso,
    recoveryAttemptsPer15Min: config.recoveryAttemptsPer15Min,
    recoveryCodeScryptCost: config.recoveryCodeScryptCost,
    webauthnOptionsPerMinute: config.webauthnOptionsPerMinute,
    endMemberConnections,
  };
  app.use('/api', accountsRouter(accountDeps));
  const live = new ProgrammeLive(io as unknown as SocketServer, { programmes, accounts, rooms, logger, now: () => new Date().toISOString() });
  app.use('/api', programmesRouter({ programmes, accounts, store, rooms, logger, context, publicUrl, live }));
  if (config.sso) app.use('/api', ssoRoutes({ providers: [config.sso], signIn: ssoSignIn(accountDeps).signIn, publicUrl, logger }));
  app.use('/api', clientConfigRoutes(config));
  app.use('/api', linkRoutes({ store, rooms, logger, context, publicUrl }));
  app.use('/api', shareRoutes({ store, rooms, context }));
  app.use('/api', leadRoutes({ store, rooms, context }));
  const files = exports.documentFiles ?? documentFiles(rendererFor(config.exportWorkers));
  app.use('/api', exportRoutes({ store, rooms, context, logger, files, ...(exports.documents ? { documents: exports.documents } : {}) })); // after share and lead routes: /shared/plan.json is theirs
  app.use(
    '/api',
    restRoutes({
      store,
      rooms,
      logger,
      context,
      publicUrl,
      joinFailuresPer15Min: config.joinFailuresPer15Min,
      workshopsCreatedPerHour: config.workshopsCreatedPerHour,
      creation: workshopCreationByAccount(accounts),
    }),
  );
  serveClient(app, config.clientDistDir);
  app.use((error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.parse.failed') return sendError(res, { code: 'invalid_payload', message: 'The request body is not valid JSON.' });
    if (error.type === 'entity.too.large') return sendError(res, { code: 'invalid_payload', message: 'The request body is too large.' });
    logger.error({ err: error }, 'request failed');
    sendError(res, { code: 'internal', message: 'Something went wrong on the server.' });
  });

  const sockets = new Set<Socket>();
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  return {
    httpServer,
    rooms,
    accounts,
    programmes,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve(`http://${host}:${port}`);
        });
      }),
    async close() {
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      io.emit('server:shutdown');
      live.close();
      await rooms.closeAll();
      yjs.close();
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await stopped;
      await files.close();
    },
    stats: () => ({ yjsConnections: yjs.connectionCount(), sockets: io.engine.clientsCount, workshopsLoaded: rooms.loadedCount() }),
  };
}

/**
 * The app's pages may load and connect to nothing but this server: scripts, styles, fonts and images come from our
 * own origin (tldraw's assets are bundled), and fetches and websockets go only to us. This also stops a library
 * from reporting to a third party (tldraw's licence check does, for some licences).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * [SEC1] [SEC2] Helmet's headers on every response Express sends (pages, static files, JSON, downloads, errors), with
 * helmet's defaults except:
 * - no Content-Security-Policy from helmet: the pages carry CONTENT_SECURITY_POLICY (set with index.html), exactly
 *   that; a policy on a download gains nothing and can stop the browser's own PDF viewer;
 * - Referrer-Policy `same-origin`: nothing of our URLs goes to another site (tokens live in #fragments, which no
 *   Referer carries, but workshop ids are in paths). Not `no-referrer`: browsers then send `Origin: null` even on
 *   our own pages' POSTs, which would leave no way to tell them from another site's;
 * - Strict-Transport-Security only when PUBLIC_URL is https (on http it would pin a host that has no https), and
 *   for this host only: its subdomains may be other services we do not speak for.
 * Cross-Origin-Embedder-Policy stays off (helmet's default): nothing here needs cross-origin isolation.
 */
function securityHeaders(publicHttps: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: publicHttps ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** The built client, with client-side routes falling back to index.html. */
function serveClient(app: express.Express, distDir: string): void {
  const index = join(distDir, 'index.html');
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|socket\.io\/|yjs\/).*/, (_req, res) => {
    if (existsSync(index)) return res.sendFile(index, { headers: { 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    res.status(503).type('text/plain').send('The client has not been built. Run `npm run build` (or `npm start`, which builds it).');
  });
}
