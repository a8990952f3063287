import type { MyActionsQuery } from "../../generated/graphql";

// "Mijn acties": the actions of the viewer's organisation across cases (Query.myActions), kept current by the
// `myActions` subscription (an event only tells the page to reload; the query carries what the viewer may see).

export type MyActionEdge = MyActionsQuery["myActions"]["edges"][number];
export type MyAction = MyActionEdge["node"];
