import { memo } from 'react';
import type { Code, Coder } from '../../../../core/model/types';
import { AGREEMENT_UNITS, type AgreementUnit } from '../../../../core/agreement/text-units';
import type { DocumentMeta } from '../../state/workbench-state';
import {
  DEFAULT_MAXQDA_THRESHOLD,
  MEASURE_OFFERS,
  UNIT_LABELS,
  toggled,
  type AgreementChoice,
} from './view-choice';

/** A list of checkboxes in a fieldset, with All and None. */
function Checklist(props: {
  legend: string;
  items: { id: string; name: string }[];
  chosen: string[];
  onChange(chosen: string[]): void;
}) {
  const all = props.items.map((i) => i.id);
  return (
    <fieldset className="agreement-checklist">
      <legend>{props.legend}</legend>
      <div className="agreement-checklist-actions">
        <button type="button" className="link" onClick={() => props.onChange(all)}>
          All<span className="agreement-sr"> {props.legend.toLowerCase()}</span>
        </button>{' '}
        <button type="button" className="link" onClick={() => props.onChange([])}>
          None<span className="agreement-sr"> of the {props.legend.toLowerCase()}</span>
        </button>
      </div>
      {props.items.map((item) => (
        <label key={item.id}>
          <input
            type="checkbox"
            checked={props.chosen.includes(item.id)}
            onChange={() => props.onChange(toggled(props.chosen, item.id, all))}
          />{' '}
          {item.name}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * What to compare: coders, documents, codes, the unit and the measures. Memoized: the dialog
 * re-renders on every progress message, and a study may list hundreds of documents and codes.
 */
export const ChoiceForm = memo(function ChoiceForm(props: {
  coders: Coder[];
  documents: DocumentMeta[];
  codes: Code[];
  choice: AgreementChoice;
  onChange(choice: AgreementChoice): void;
}) {
  const { choice, onChange } = props;
  return (
    <div className="agreement-choice">
      <Checklist
        legend="Coders"
        items={props.coders}
        chosen={choice.coderIds}
        onChange={(coderIds) => onChange({ ...choice, coderIds })}
      />
      <Checklist
        legend="Documents"
        items={props.documents}
        chosen={choice.documentIds}
        onChange={(documentIds) => onChange({ ...choice, documentIds })}
      />
      <Checklist
        legend="Codes"
        items={props.codes}
        chosen={choice.codeIds}
        onChange={(codeIds) => onChange({ ...choice, codeIds })}
      />
      <fieldset className="agreement-checklist">
        <legend>Measures</legend>
        <label className="agreement-unit">
          Unit{' '}
          <select
            value={choice.unit}
            onChange={(e) => onChange({ ...choice, unit: e.target.value as AgreementUnit })}
          >
            {AGREEMENT_UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
        {MEASURE_OFFERS.map((offer) => (
          <label
            key={offer.measure}
            title={offer.spans ? 'On spans, whatever the unit' : undefined}
          >
            <input
              type="checkbox"
              checked={choice.measures.includes(offer.measure)}
              onChange={() => {
                const adding = !choice.measures.includes(offer.measure);
                onChange({
                  ...choice,
                  measures: MEASURE_OFFERS.map((m) => m.measure).filter((m) =>
                    m === offer.measure ? adding : choice.measures.includes(m),
                  ),
                  // NVivo reports per code and document: show those tables with it.
                  perDocument: choice.perDocument || (adding && offer.measure.startsWith('nvivo')),
                });
              }}
            />{' '}
            {offer.name}
            {offer.twoCodersOnly ? ' (two coders)' : ''}
            {offer.spans ? ' (spans)' : ''}
          </label>
        ))}
        {choice.measures.some((m) => m.startsWith('maxqda')) && (
          <label>
            MAXQDA minimum overlap{' '}
            <input
              type="number"
              min={1}
              max={100}
              step={1}
              value={choice.maxqdaThreshold ?? DEFAULT_MAXQDA_THRESHOLD}
              onChange={(e) => onChange({ ...choice, maxqdaThreshold: e.target.valueAsNumber })}
            />{' '}
            %
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={choice.perDocument}
            onChange={(e) => onChange({ ...choice, perDocument: e.target.checked })}
          />{' '}
          Also one table per document
        </label>
      </fieldset>
    </div>
  );
});
