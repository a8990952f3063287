export * from "./enums";
export * from "./errors";
export * from "./phases";
export * from "./persons";
export * from "./team";
export * from "./actor";
export * from "./processing";
export * from "./plan";
