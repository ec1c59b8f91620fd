import { useState } from 'preact/hooks';
import type { Target } from '@/lib/model/brief';
import { formatDue, formatGoal, metricText } from '@/lib/brief-display';
import { t } from '@/lib/i18n';
import { ItemTools, type ItemActions } from './ItemTools';

/** Rows shown before "show all" in a long brief. */
export const TARGETS_SHOWN = 8;

/** Targets as a compact table: what is measured, the goal as a person writes it, when it is due. */
export function TargetsTable({ targets, lang, actions }: { targets: Target[]; lang: string; actions: ItemActions }) {
  const [all, setAll] = useState(false);
  if (!targets.length) return <p class="empty">{t('noTargets')}</p>;
  const shown = all ? targets : targets.slice(0, TARGETS_SHOWN);
  return (
    <>
      <table class="targets">
        <thead>
          <tr>
            <th>{t('metric')}</th>
            <th class="goal">{t('goal')}</th>
            <th class="due">{t('due')}</th>
            <th class="row-tools" aria-label={t('jumpTo')} />
          </tr>
        </thead>
        <tbody>
          {shown.map((x) => (
            <tr data-testid="target" key={x.start} title={x.clause?.exact ?? x.text}>
              <td data-testid="target-metric">{metricText(x)}</td>
              <td class="goal" data-testid="target-goal">
                {formatGoal(x, lang)}
              </td>
              <td class="due" data-testid="target-due">
                {formatDue(x, lang)}
              </td>
              <td class="row-tools">
                <ItemTools jumpTo={x.quote} keep={x.clause ?? x.quote} start={x.start} actions={actions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {targets.length > TARGETS_SHOWN && (
        <button type="button" class="small show-all" data-testid="show-all-targets" onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', { count: targets.length })}
        </button>
      )}
    </>
  );
}
