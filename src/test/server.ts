// The MSW server that answers the app's fetches in component tests; each test sets its handlers.
import { setupServer } from 'msw/node';

export const server = setupServer();
