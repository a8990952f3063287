import type { ProcessingLogLinesQuery } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type LogLine = ProcessingLogLinesQuery["processingLogLines"]["edges"][number]["node"];
