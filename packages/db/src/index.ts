export * from "./client";
export * from "./access";
export * from "./queries";
export * as tables from "./schema";
export type * from "./schema";
export * from "./seed";
export * from "./processing-log";
export * from "./events";
export * from "./wakeup";
