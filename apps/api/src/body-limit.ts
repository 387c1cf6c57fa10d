/** Fastify refuses a larger request body with 413 before any route runs. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
