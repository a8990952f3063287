import type { CaseAgendaQuery, MyTableOutcomeNoticesQuery, MySessionsQuery } from "../../generated/graphql";

// Table sessions (tafels) and the cases on their agendas (packages/schema/tables.graphql).

export type MySession = MySessionsQuery["mySessions"][number];
export type SessionEntry = MySession["agenda"][number];
export type TableMember = MySession["members"][number];
export type CaseAgendaEntry = NonNullable<CaseAgendaQuery["case"]>["agendaEntries"][number];

export type TableOutcomeNotice = MyTableOutcomeNoticesQuery["myTableOutcomeNotices"][number];
