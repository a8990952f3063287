import type { MyNotificationsQuery } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type NotificationRow = MyNotificationsQuery["myNotifications"][number];
