export { startHub, type Hub, type StartOptions } from "./app";
export { loadConfig, ConfigError, type Config } from "./config";
export { buildSchema } from "./schema";
export { seedDemoContent, type SeedDemoContentResult } from "./demo/seed-content";
export { rootFields, isPublicField } from "./graphql/gates";
