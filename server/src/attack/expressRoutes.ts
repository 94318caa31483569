import type { IncomingMessage } from 'node:http';
import type { RunningServer } from '../app/createServer';

/**
 * Every route the running server's Express app answers, as `METHOD /full/path` (a route given as a regular
 * expression is named by it), read from the app's router stack at run time: what is served, not what a table says.
 * createServer.ts keeps the app to itself, and Socket.io wraps it as the HTTP server's request listener, so the app
 * is found the way Express hands it to every request: as `req.app`, seen on one request to the health route.
 */
interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: unknown;
}

function pathText(path: unknown): string {
  return typeof path === 'string' ? path : String(path);
}

function walk(stack: readonly Layer[], prefix: string, out: string[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') out.push(`${method.toUpperCase()} ${prefix}${pathText(layer.route.path)}`);
      }
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      walk(layer.handle.stack, `${prefix}${mount}`, out);
    }
  }
}

async function expressAppOf(server: RunningServer, baseUrl: string): Promise<{ router?: { stack?: Layer[] } } | undefined> {
  let seen: IncomingMessage | null = null;
  const spy = (req: IncomingMessage) => {
    seen ??= req;
  };
  server.httpServer.prependListener('request', spy);
  try {
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
  } finally {
    server.httpServer.off('request', spy);
  }
  return (seen as { app?: { router?: { stack?: Layer[] } } } | null)?.app;
}

export async function expressRoutes(server: RunningServer, baseUrl: string): Promise<string[]> {
  const stack = (await expressAppOf(server, baseUrl))?.router?.stack;
  if (!stack) throw new Error('The HTTP server has no Express app with a router stack: see how createServer.ts builds it.');
  const routes: string[] = [];
  walk(stack, '', routes);
  return [...new Set(routes)];
}
