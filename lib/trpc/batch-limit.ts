/**
 * The most calls the client puts in one batched request. The server refuses larger batches
 * (MAX_BATCH_SIZE in server/trpc/request-limits.ts; a test keeps the two equal).
 */
export const CLIENT_MAX_BATCH = 20;
