import { navigate, usePath } from './navigation.js';
import { DashboardScreen } from './screens/dashboard-screen.js';
import { SessionScreen } from './screens/session-screen.js';
import { StartScreen } from './screens/start-screen.js';

/** The app shell: header, and the screen the path names. */
export function App() {
  const path = usePath();
  const sessionMatch = /^\/session\/([\w-]+)/.exec(path);
  return (
    <>
      <header className="app-header">
        <a
          href="/"
          className="brand"
          onClick={(event) => {
            event.preventDefault();
            navigate('/');
          }}
        >
          Gapwise
        </a>
        <nav aria-label="Main">
          <a
            href="/dashboard"
            onClick={(event) => {
              event.preventDefault();
              navigate('/dashboard');
            }}
          >
            Dashboard
          </a>
        </nav>
      </header>
      <main>
        {path === '/dashboard' ? (
          <DashboardScreen />
        ) : sessionMatch?.[1] ? (
          <SessionScreen sessionId={sessionMatch[1]} />
        ) : (
          <StartScreen />
        )}
      </main>
    </>
  );
}
