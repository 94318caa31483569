import { useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { readCreationLinks } from '../workshop/creationLinks';
import { CopyField } from './CopyField';

/** The links returned when this tab created the workshop; absent anywhere else (the doc holds no tokens). */
export function CreationLinksPanel() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const [links] = useState(() => readCreationLinks(window.sessionStorage, workshop.meta.id));
  if (!links) return null;
  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t.links.heading}</h2>
      <CopyField label={t.links.coFacilitator} hint={t.links.coFacilitatorHint} value={links.coFacilitatorUrl} copyLabel={t.links.copyCoFacilitator} />
      <CopyField label={t.links.own} hint={t.links.ownHint} value={links.facilitatorUrl} copyLabel={t.links.copyOwn} />
    </section>
  );
}
