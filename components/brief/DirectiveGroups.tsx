import { useState } from 'preact/hooks';
import type { Directive } from '@/lib/model/brief';
import { actionText, groupDirectives, shownAddressee, type DirectiveGroup } from '@/lib/brief-display';
import { t } from '@/lib/i18n';
import { ItemTools, type ItemActions } from './ItemTools';

/** Above this many directives the brief shows the first of each group and "show all". */
export const SHORT_ABOVE = 12;
/** How many of each group the short brief shows. */
export const FIRST_OF_GROUP = 2;

/** Words of an issuer shown on the line; all of it on hover and in the detail. */
const ISSUER_WORDS = 6;
const shortIssuer = (s: string) => {
  const words = s.trim().split(/\s+/);
  return words.length > ISSUER_WORDS ? `${words.slice(0, ISSUER_WORDS).join(' ')}…` : s.trim();
};

function DirectiveLine({ d, lang, actions }: { d: Directive; lang: string; actions: ItemActions }) {
  const addressee = shownAddressee(d, lang);
  return (
    <li>
      <details class="directive" data-testid="directive" title={d.text}>
        <summary>
          <span class="action" data-testid="directive-action">
            {actionText(d)}
          </span>
          {d.deadline && (
            <span class="badge due" data-testid="directive-deadline">
              {d.deadline}
            </span>
          )}
          {d.issuer && (
            <span class="issuer" data-testid="directive-issuer" title={d.issuer}>
              {t('issuer')} {shortIssuer(d.issuer)}
            </span>
          )}
          <ItemTools jumpTo={d.quote} keep={d.quote} start={d.start} actions={actions} />
        </summary>
        <div class="detail">
          <p class="sentence">{d.text}</p>
          <p>
            {t('who')}: <span data-testid="directive-addressee">{addressee ?? t('noAddressee')}</span>
            {d.issuer && ` · ${t('issuer')} ${d.issuer}`}
          </p>
          <p class="why">
            {t('why')}: {d.rule}
          </p>
        </div>
      </details>
    </li>
  );
}

function Group({ group, shown, lang, actions }: { group: DirectiveGroup; shown: number; lang: string; actions: ItemActions }) {
  const [open, setOpen] = useState(true);
  const name = group.addressee ?? t('noAddressee');
  return (
    <section class="group">
      <button
        type="button"
        class="group-head"
        data-testid="addressee-group"
        aria-expanded={open}
        title={t('collapseGroup', { name })}
        onClick={() => setOpen(!open)}
      >
        <span>{name}</span>
        <span class="count">{group.directives.length}</span>
      </button>
      {open && (
        <ul>
          {group.directives.slice(0, shown).map((d) => (
            <DirectiveLine key={d.start} d={d} lang={lang} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Directives grouped by who must act, one line each; a long brief shows the first of each group. */
export function DirectiveGroups({ directives, lang, actions }: { directives: Directive[]; lang: string; actions: ItemActions }) {
  const [all, setAll] = useState(false);
  if (!directives.length) return <p class="empty">{t('noDirectives')}</p>;
  const short = directives.length > SHORT_ABOVE && !all;
  return (
    <div class="groups">
      {groupDirectives(directives, lang).map((g) => (
        <Group key={g.key} group={g} shown={short ? FIRST_OF_GROUP : g.directives.length} lang={lang} actions={actions} />
      ))}
      {directives.length > SHORT_ABOVE && (
        <button type="button" class="small show-all" data-testid="show-all" onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', { count: directives.length })}
        </button>
      )}
    </div>
  );
}
