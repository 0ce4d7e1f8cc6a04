// `docker compose`: one file per subcommand under ./compose/ (this file keeps the import path).
export { composeCommand } from './compose/index';
export { GLOBAL_FLAGS, SUB_FLAGS } from './compose/flags';
