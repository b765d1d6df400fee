export { type AppDeps, type AppType, createApp, DEFAULT_MAX_BODY_BYTES } from "#app.ts";
export { type ApiConfig, readApiConfig } from "#config.ts";
export { ApiError, ERROR_STATUS, ErrorBody, ErrorCode } from "#errors.ts";
export * from "#openapi/schemas.ts";
export { type ApiServer, type ServeOptions, startApiServer } from "#server.ts";
