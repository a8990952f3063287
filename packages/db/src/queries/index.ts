export * from "./cases";
export * from "./items";
export * from "./plans";
export * from "./portfolio";
