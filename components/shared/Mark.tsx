import icon from '@/assets/icon.svg';

/** Brieflight's mark, the same as the toolbar icon, beside the name in the popup, side panel and library. */
export function Mark({ size = 18 }: { size?: number }) {
  return <img class="mark" src={icon} width={size} height={size} alt="" aria-hidden="true" />;
}
