import { prepareSetupLink } from './accounts/setupLink';
import { createServer } from './app/createServer';
import { createLogger } from './app/logger';
import { ConfigError, loadConfig } from './config';
import { openStore } from './store/openStore';

/** The composition root: the only place that reads the environment and wires real dependencies. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { store, accounts, programmes, kind } = await openStore(config);
  const server = createServer({ config, store, logger, accounts, programmes });
  const url = await server.listen();
  logger.info({ store: kind, dataDir: kind === 'pglite' ? config.dataDir : undefined }, 'Roundtable is ready');
  // [ADM1] Until the first administrator exists, each start prints a fresh one-time setup link (only its hash is kept),
  // before the line that says the server is running.
  const setupLink = await prepareSetupLink(accounts, config.publicUrl ?? url);
  if (setupLink) console.log(`Set up this Roundtable: ${setupLink}`);
  console.log(`Roundtable is running at ${config.publicUrl ?? url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
