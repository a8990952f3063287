export { addCalendarDays, calendarDate, calendarDaysBetween, isIsoDate } from "./dates";
export * from "./plan";
export * from "./actions";
export * from "./results";
export * from "./evaluations";
export * from "./assessments";
export * from "./safety";
export * from "./family-text";
