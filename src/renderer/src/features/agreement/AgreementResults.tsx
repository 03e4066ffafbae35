import { useMemo, useState } from 'react';
import { notice } from '../../state/notices';
import { useWorkbench } from '../../app/workbench-context';
import { exportFileName } from '../exchange/export-project';
import { agreementChart } from './bar-chart';
import { chartPng } from './chart-png';
import { useProgressiveCount } from './progressive-count';
import {
  agreementCsv,
  outcomeScopes,
  outcomeView,
  outcomeViews,
  type AgreementOutcome,
  type CodeLine,
} from './table-view';

function Row(props: { line: CodeLine }) {
  const { line } = props;
  return (
    <tr>
      <th scope="row">{line.codeName}</th>
      <td className="agreement-number">{line.usedBy}</td>
      {line.cells.map((c) => (
        <td key={c.measure} className={c.value === null ? 'agreement-undefined' : undefined}>
          <span className="agreement-figure">{c.text}</span>
          <span className="agreement-units">
            {' '}
            ({c.units.toLocaleString('en')} {c.units === 1 ? 'unit' : 'units'})
          </span>
          <span className="agreement-reading">{c.reason ?? c.reading}</span>
        </td>
      ))}
    </tr>
  );
}

/**
 * The agreement tables: one row per code with each chosen measure's figure, its number of units
 * and a reading in plain words (or why it is undefined), the measures' exact names as column
 * headers; per document on demand. Only the shown table is shaped for the view, and its rows are
 * mounted a few per frame (see `useProgressiveCount`), so a study of many codes and documents
 * never holds the UI thread for long. Exports every table as CSV and the shown one as a bar
 * chart (PNG or SVG) through the platform's save-file path.
 */
export function AgreementResults(props: { outcome: AgreementOutcome }) {
  const workbench = useWorkbench();
  const [shown, setShown] = useState(0);
  const scopes = useMemo(() => outcomeScopes(props.outcome), [props.outcome]);
  const index = shown < scopes.length ? shown : 0;
  const view = useMemo(() => outcomeView(props.outcome, index), [props.outcome, index]);
  const mounted = useProgressiveCount(view.lines.length, view);
  const project = workbench.state.projects.find((p) => p.id === workbench.state.projectId);
  const base = (extension: string) =>
    exportFileName(`${project?.name ?? 'project'} agreement`, new Date(), extension);

  async function save(name: string, content: string | Uint8Array, mime: string) {
    try {
      if (await workbench.platform.saveFile(name, content, mime))
        workbench.notify(notice('info', `Exported ${name}`));
    } catch (error) {
      workbench.fail('Could not export the agreement table', error);
    }
  }

  return (
    <section aria-label="Agreement results" className="agreement-results">
      {scopes.length > 1 && (
        <label>
          Table for{' '}
          <select value={index} onChange={(e) => setShown(Number(e.target.value))}>
            {scopes.map((scope, i) => (
              <option key={`${scope.documentId ?? ''}${i}`} value={i}>
                {scope.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {view.problems.length > 0 && (
        <ul className="agreement-problems">
          {view.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {/* Focusable, so a keyboard can scroll a table wider or longer than the dialog. */}
      <div
        className="agreement-table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`Agreement table: ${view.scope}`}
      >
        <table className="agreement-table" aria-label={`Agreement per code: ${view.scope}`}>
          <caption>
            {view.scope}: unit {view.unit}; coders {view.coders.join(', ')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Coders who used it</th>
              {view.columns.map((c) => (
                <th scope="col" key={c.measure}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.lines.slice(0, mounted).map((l) => (
              <Row key={l.codeId} line={l} />
            ))}
            {mounted === view.lines.length && <Row line={view.allCodes} />}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions agreement-exports">
        <button
          onClick={() =>
            void save(base('.agreement.csv'), agreementCsv(outcomeViews(props.outcome)), 'text/csv')
          }
        >
          Export table as CSV…
        </button>
        <button
          onClick={() =>
            void chartPng(agreementChart(view))
              .then((png) => save(base('.agreement.png'), png, 'image/png'))
              .catch((e: unknown) => workbench.fail('Could not draw the chart', e))
          }
        >
          Export chart as PNG…
        </button>
        <button
          onClick={() =>
            void save(base('.agreement.svg'), agreementChart(view).svg, 'image/svg+xml')
          }
        >
          Export chart as SVG…
        </button>
      </div>
    </section>
  );
}
