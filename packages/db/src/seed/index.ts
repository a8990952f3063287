export * from "./demo-region";
