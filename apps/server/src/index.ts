export { startHub, type Hub, type StartOptions } from "./app";
export { loadConfig, ConfigError, type Config } from "./config";
export { buildSchema } from "./graphql/schema";
export { rootFields, isPublicField } from "./graphql/gates";
