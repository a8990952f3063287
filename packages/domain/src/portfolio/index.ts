export * from "./settings";
export * from "./signals";
export * from "./urgency";
export * from "./csv";
export { CASE_PHASE_WORDS } from "./dutch";
