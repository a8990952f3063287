export * from "./settings";
export * from "./signals";
export * from "./signal-notifications";
export * from "./urgency";
export * from "./csv";
export * from "./charts";
export { CASE_PHASE_WORDS } from "./dutch";
