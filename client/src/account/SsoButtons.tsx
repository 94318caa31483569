import type { SsoProviderSummary } from '@roundtable/shared/accounts/accountRest';
import { ssoStartUrl } from '../api/accountClient';
import { useAccountT } from './useAccountT';

/** A button per single sign-on provider: a plain link, as the sign-in leaves for the provider and comes back. */
export function SsoButtons({ providers, returnTo }: { providers: readonly SsoProviderSummary[]; returnTo: string }) {
  const ta = useAccountT();
  if (providers.length === 0) return null;
  return (
    <section className="account-sso" aria-labelledby="sso-heading">
      <h2 id="sso-heading">{ta.signIn.orSso}</h2>
      <ul className="account-sso__list">
        {providers.map((provider) => (
          <li key={provider.providerId}>
            <a className="button account-sso__button" href={ssoStartUrl(provider.providerId, returnTo)}>
              {provider.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
