export * from "./framework";
export * from "./ladder";
