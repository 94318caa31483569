import { useLocation } from 'react-router';
import { JoinProgrammePage } from './JoinProgrammePage';
import { ProgrammePage } from './ProgrammePage';
import { ProgrammesPage } from './ProgrammesPage';
import './programme.css';

/**
 * The programme pages, one lazily loaded module (main.tsx routes `/programmes/*` here): `/programmes`, the account's
 * programmes and making one; `/programmes/join`, accepting an invitation; `/programmes/:programmeId`, the programme.
 */
export function ProgrammePages() {
  const { pathname } = useLocation();
  const rest = pathname.replace(/\/+$/, '').slice('/programmes'.length).replace(/^\//, '');
  if (rest === '') return <ProgrammesPage />;
  if (rest === 'join') return <JoinProgrammePage />;
  return <ProgrammePage programmeId={decodeURIComponent(rest.split('/')[0]!)} />;
}
