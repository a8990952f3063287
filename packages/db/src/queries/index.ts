export * from "./cases";
export * from "./items";
export * from "./plans";
export * from "./portfolio";
export * from "./signals";
export * from "./portfolio-charts";
export * from "./follow-up";
export * from "./portfolio-standings";
