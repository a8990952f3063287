export { startHub, type Hub, type StartOptions } from "./app";
export { loadConfig, ConfigError, type Config } from "./config";
export { buildSchema } from "./schema";
export { rootFields, isPublicField } from "./graphql/gates";
