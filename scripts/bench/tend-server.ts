// Tend as the bench measures it: the real app (contract, auth, validation of requests),
// in its own process so the load generator does not share its event loop.
import { createServer } from 'node:http';
import { buildApp } from '../../src/app/build-app.ts';
import { connectDb } from '../../src/db/connect.ts';
import { createLogger } from '../../src/http/logger.ts';
import { listen, serveUntilStopped } from './child-process.ts';

const databaseUrl = process.env.BENCH_CHILD_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_CHILD_DATABASE_URL is not set');

const db = await connectDb({ databaseUrl, poolMax: 10 });
// Listen first so publicUrl can name the real port; requests wait for the app anyway.
const server = createServer();
const port = await listen(server);
const { app } = await buildApp({
  // Response validation is a development and test feature; production runs without it.
  config: { publicUrl: `http://127.0.0.1:${port}`, validateResponses: false },
  db,
  log: createLogger('silent'),
});
server.on('request', app);
serveUntilStopped(server, port, () => db.destroy());
