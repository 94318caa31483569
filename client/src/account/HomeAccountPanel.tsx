import { Link } from 'react-router';
import { useAuthState } from './authStore';
import { useAccountT } from './useAccountT';
import './account.css';

/** The home page's line for facilitators: My workshops when signed in; otherwise why (and where) to sign in. */
export function HomeAccountPanel() {
  const ta = useAccountT();
  const auth = useAuthState();
  if (auth.kind !== 'loaded') return null;
  const { signedIn, accountFreeWorkshops } = auth.state;
  if (signedIn) {
    return (
      <p className="account-note home-account">
        {ta.home.signedIn(signedIn.displayName)}{' '}
        <Link className="home-account__link" to="/workshops">
          {ta.home.myWorkshops}
        </Link>
      </p>
    );
  }
  return (
    <p className="account-note home-account">
      {accountFreeWorkshops ? ta.home.signInToKeep : ta.home.accountsOnly}{' '}
      <Link className="home-account__link" to="/sign-in">
        {ta.menu.signIn}
      </Link>
    </p>
  );
}
