import { Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { dutchDate } from "@regiehub/domain";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageNotice } from "../../components/usePageNotice";
import { usePageTitle } from "../../components/usePageTitle";
import { useLiveRefetch } from "../../live/useLiveEvents";
import { contentErrors } from "../plan/errors";
import { countActions } from "../plan/labels";
import { choiceFromParams, dueGroupOf, filterOf, paramsFromChoice } from "./grouping";
import type { MyActionsChoice } from "./grouping";
import { MyActionsList } from "./MyActionsList";
import { MyActionsFilters, type CaseOption } from "./MyActionsFilters";
import "../plan/plan.css";
import "./my-actions.css";
import { MyActionsDocument, MyActionsLiveDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";
import { IntroSection } from "../../components/IntroSection";

const PAGE_SIZE = 50;

/**
 * "Mijn acties": the actions of my organisation (or mine alone) across every case, late ones first, grouped
 * late / this week / later, filtered by case and status, each with one status control. Live: a change by
 * someone else reloads the list, marks the action and tells screen readers.
 */
export function MyActionsPage() {
  usePageTitle("Mijn acties");
  const [params, setParams] = useSearchParams();
  const [choice, setChoiceState] = useState<MyActionsChoice>(() => choiceFromParams(params));
  const [pages, setPages] = useState(1);
  const notice = usePageNotice();
  const filter = filterOf(choice);
  const { data, error, loading, refetch, fetchMore } = useQuery(MyActionsDocument, {
    variables: { filter, orderBy: choice.orderBy, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const connection = data?.myActions;
  const edges = connection?.edges;
  useLiveRefetch(MyActionsLiveDocument, {
    variables: {},
    skip: !data,
    seqOf: (event) => event.myActions.seq,
  });

  // The cases to filter by: every case met so far (the list of one case keeps the others choosable).
  const [cases, setCases] = useState<ReadonlyMap<string, CaseOption>>(new Map());
  useEffect(() => {
    if (!edges?.some((e) => !cases.has(e.case.id))) return;
    setCases((known) => new Map([...known, ...edges.map((e) => [e.case.id, e.case] as const)]));
  }, [edges, cases]);

  const setChoice = (next: MyActionsChoice) => {
    setChoiceState(next);
    setPages(1);
    setParams(paramsFromChoice(next), { replace: true });
  };

  const changed = async (message: string) => {
    await refetch().catch(() => undefined);
    if (message) notice.show(message);
  };

  const today = dutchDate(new Date());
  const late = edges?.filter((e) => dueGroupOf(e.node, today) === "LATE").length ?? 0;

  return (
    <IntroSection
      headingId="my-actions-heading"
      title="Mijn acties"
      level={1}
      className="rh-my-actions"
      intro="De acties van uw organisatie in alle casussen die u ziet. Wat te laat is staat bovenaan; wijzigingen van anderen verschijnen vanzelf en worden gemarkeerd."
    >
      <MyActionsFilters
        choice={choice}
        cases={[...cases.values()].sort((a, b) => a.title.localeCompare(b.title, "nl"))}
        onChange={setChoice}
      />
      {notice.view}
      <RetryErrorAlert messages={contentErrors(error)} onRetry={reloadWith(refetch)} />
      {!connection && loading ? <Loading /> : null}
      {connection ? (
        <p className="rh-result-count" role="status">
          {countActions(connection.totalCount)}
          {late > 0 ? `, waarvan ${late} te laat` : ""}
        </p>
      ) : null}
      {connection && connection.edges.length === 0 ? (
        <Paragraph>
          {choice.mine ? "U heeft" : "Uw organisatie heeft"} geen acties die bij deze filters passen.
        </Paragraph>
      ) : null}
      {edges ? (
        <MyActionsList
          edges={edges}
          today={today}
          resetKey={`${JSON.stringify(filter)}|${choice.orderBy}|${pages}`}
          onChanged={changed}
        />
      ) : null}
      <LoadMore
        connection={connection}
        loading={loading}
        onLoadMore={() => {
          setPages((n) => n + 1);
          void fetchMore({ variables: { after: connection?.pageInfo.endCursor } }).catch(() => undefined);
        }}
      />
    </IntroSection>
  );
}
