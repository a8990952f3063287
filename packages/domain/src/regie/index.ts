export * from "./framework";
export * from "./ladder";
export * from "./follow-up";
