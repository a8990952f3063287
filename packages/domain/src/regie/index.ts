export * from "./framework";
export * from "./ladder";
export * from "./follow-up";
export * from "./meeting";
export * from "./scenarios";
export * from "./tables";
export * from "./minutes";
