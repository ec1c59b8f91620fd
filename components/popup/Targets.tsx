import type { Target } from '@/lib/model/brief';
import { t } from '@/lib/i18n';
import { capitalise, formatGoal } from './format';
import { ItemButtons, type ItemActions } from './ItemActions';

/** Targets as a compact table: what, comparator and value with unit, when due. */
export function Targets({ targets, lang, actions }: { targets: Target[]; lang: string; actions: ItemActions }) {
  if (!targets.length) return <p class="empty">{t('noTargets')}</p>;
  return (
    <table class="targets">
      <thead>
        <tr>
          <th>{t('metric')}</th>
          <th>{t('value')}</th>
          <th>{t('due')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((x) => (
          <tr data-testid="target" key={x.start} title={x.rule}>
            <td>
              <button type="button" class="jump" data-testid="jump" onClick={() => actions.jump(x.quote, x.start)}>
                <span class="metric">{capitalise(x.metric ?? '')}</span>
                <q class="quote">{x.text}</q>
              </button>
              <ItemButtons quote={x.quote} start={x.start} actions={actions} />
            </td>
            <td class="goal" data-testid="target-goal">
              {formatGoal(x, lang)}
            </td>
            <td>{x.by ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
