export * from "./policy";
export * from "./rules";
export * from "./consent";
export * from "./events";
