import type { Directive } from '@/lib/model/brief';
import { t } from '@/lib/i18n';
import { groupByAddressee } from './format';
import type { ItemActions } from './ItemActions';
import { ItemButtons } from './ItemActions';

/** Directives grouped by addressee, with issuer and deadline badges. */
export function Directives({ directives, actions }: { directives: Directive[]; actions: ItemActions }) {
  if (!directives.length) return <p class="empty">{t('noDirectives')}</p>;
  return (
    <div class="directives">
      {groupByAddressee(directives, '—').map(([addressee, list]) => (
        <section class="group" key={addressee}>
          <h3 data-testid="addressee-group">{addressee}</h3>
          <ul>
            {list.map((d) => (
              <li class="item" data-testid="directive" key={d.start} title={d.rule}>
                <button type="button" class="jump" data-testid="jump" onClick={() => actions.jump(d.quote, d.start)}>
                  {d.text}
                </button>
                <div class="meta">
                  {d.issuer && (
                    <span class="badge issuer">
                      {t('issuer')} {d.issuer}
                    </span>
                  )}
                  {d.deadline && (
                    <span class="badge deadline" data-testid="deadline">
                      {t('due')}: {d.deadline}
                    </span>
                  )}
                  <ItemButtons quote={d.quote} start={d.start} actions={actions} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
