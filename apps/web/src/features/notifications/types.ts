import type { MyNotificationsQuery } from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

export type NotificationRow = MyNotificationsQuery["myNotifications"][number];
