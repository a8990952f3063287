export * from "./cases";
