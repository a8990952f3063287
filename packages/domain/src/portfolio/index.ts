export * from "./settings";
export * from "./signals";
export * from "./urgency";
export * from "./csv";
