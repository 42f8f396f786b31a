// Which file is each sponsor's logo, as the page's inputs say (the build's list; empty on the dev
// server, where every logo is taken to be an SVG).
import { createContext, useContext } from 'react';

export const LogoFilesContext = createContext<Record<string, string>>({});

export function useLogoFiles(): Record<string, string> {
  return useContext(LogoFilesContext);
}
