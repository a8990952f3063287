export * from "./policy";
export * from "./rules";
export * from "./items";
export * from "./consent";
export * from "./events";
export * from "./team";
export * from "./references";
