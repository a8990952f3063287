export * from "./cases";
export * from "./items";
