export { buildApp, type AppDependencies } from './app.js';
export { loadConfig, type Config } from './config.js';
export { openDatabase, type DatabaseHandle } from './db/database.js';
export { migrate } from './db/migrate.js';
export { startServer } from './server.js';
