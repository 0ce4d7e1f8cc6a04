// Time limits of the tests that guard against quadratic work. TIME_LIMIT_SCALE stretches them where
// code runs instrumented and the machine is shared (stryker.config.mjs sets it); `npm test` keeps them.
export const timeLimit = (ms: number): number => ms * Number(process.env.TIME_LIMIT_SCALE ?? '1');
