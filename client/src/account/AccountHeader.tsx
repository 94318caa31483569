import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuthState, useAuthStore } from './authStore';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import './AccountHeader.css';

const AUTH_PAGES = ['/sign-in', '/sign-up', '/setup'];

/**
 * The header's account corner: "Sign in", or the account's name opening a short list of its pages (a disclosure, so
 * it reads as links by keyboard and screen reader; Escape closes it and gives focus back to the button).
 */
export function AccountHeader() {
  const ta = useAccountT();
  const auth = useAuthState();
  const store = useAuthStore();
  const api = useAccountClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (auth.kind !== 'loaded') return null;
  const account = auth.state.signedIn;
  if (!account) {
    if (AUTH_PAGES.includes(pathname)) return null;
    const returnTo = pathname === '/' ? '' : `?returnTo=${encodeURIComponent(pathname + search)}`;
    return (
      <Link className="account-header__sign-in" to={`/sign-in${returnTo}`}>
        {ta.menu.signIn}
      </Link>
    );
  }

  async function signOut() {
    setBusy(true);
    const result = await api.signOut();
    setBusy(false);
    if (!result.ok) {
      void store.refresh();
      return;
    }
    store.setSignedIn(null);
    navigate('/');
  }

  return (
    <div
      ref={rootRef}
      className="account-header"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="account-header__button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={ta.menu.label(account.displayName)}
        title={account.displayName}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-header__name">{account.displayName}</span>
        <span className="disclosure__icon" aria-hidden="true" />
      </button>
      <ul id={listId} className="account-header__menu" hidden={!open}>
        <li>
          <Link to="/workshops">{ta.menu.myWorkshops}</Link>
        </li>
        <li>
          <Link to="/account">{ta.menu.account}</Link>
        </li>
        {account.role === 'admin' && (
          <li>
            <Link to="/admin">{ta.menu.admin}</Link>
          </li>
        )}
        <li>
          <button type="button" className="account-header__sign-out" disabled={busy} onClick={() => void signOut()}>
            {busy ? ta.menu.signingOut : ta.menu.signOut}
          </button>
        </li>
      </ul>
    </div>
  );
}
