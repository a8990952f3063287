export * from "./client";
export * as tables from "./schema";
export type * from "./schema";
