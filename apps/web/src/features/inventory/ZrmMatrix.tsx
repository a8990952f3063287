import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableScroll } from "../../components/TableScroll";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { DOMAIN_LABELS, formatDate, formatShortDate, label } from "../../labels";
import { ZRM_LABELS } from "./labels";
import { buildZrmMatrix, zrmColour } from "./zrmMatrix";
import type { MatrixAssessment } from "./zrmMatrix";

export const ZRM_MATRIX_CAPTION = "Overzicht zelfredzaamheid (ZRM) per leefgebied en datum";

/** One score: the number and its words on the ZRM form's colour, so the colour is never the only cue. */
function ScoreCell({ score, date }: { score: number | null; date: string }) {
  if (score === null) {
    return (
      <TableCell className="rh-zrm-cell rh-zrm-cell--empty">
        <span aria-hidden="true">–</span>
        <VisuallyHidden>geen score op {formatDate(date)}</VisuallyHidden>
      </TableCell>
    );
  }
  const colour = zrmColour(score);
  return (
    <TableCell
      className="rh-zrm-cell"
      style={
        colour
          ? {
              backgroundColor: colour.background,
              color: colour.text,
              boxShadow: `inset 4px 0 0 ${colour.border}`,
            }
          : undefined
      }
    >
      <span className="rh-zrm-cell__score">{score}</span>{" "}
      <span className="rh-zrm-cell__label">{(ZRM_LABELS as Record<number, string>)[score] ?? ""}</span>
    </TableCell>
  );
}

export interface ZrmMatrixProps {
  assessments: readonly MatrixAssessment[];
  /** The position of a person in the case (the order of the rows within a domain). */
  personIndex: (id: string) => number;
}

/**
 * The overview of self-reliance: a row per domain and person, a column per assessment date, each cell the
 * score with its words and the ZRM form's colour. An ordinary data table (caption, column and row headers).
 */
export function ZrmMatrix({ assessments, personIndex }: ZrmMatrixProps) {
  const { columns, rows } = buildZrmMatrix(assessments, personIndex);
  if (rows.length === 0) return null;
  const severalPersons = new Set(rows.map((r) => r.person.id)).size > 1;
  return (
    <TableScroll label={ZRM_MATRIX_CAPTION}>
      <Table className="rh-table rh-zrm-matrix">
        <TableCaption className="rh-table__caption">{ZRM_MATRIX_CAPTION}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            {columns.map((date) => (
              <TableHeaderCell key={date} scope="col" className="rh-nowrap">
                <time dateTime={date}>{formatShortDate(date)}</time>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row" className="rh-row-header">
                {label(DOMAIN_LABELS, row.domain)}
                {severalPersons ? <span className="rh-muted rh-block">{row.person.fullName}</span> : null}
                {!severalPersons ? <VisuallyHidden> ({row.person.fullName})</VisuallyHidden> : null}
              </TableHeaderCell>
              {row.cells.map((score, i) => (
                <ScoreCell key={columns[i]} score={score} date={columns[i] ?? ""} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
