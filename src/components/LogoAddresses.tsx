// Where each sponsor's logo is, as the page's inputs say (the build's list: the logos that are not
// `/img/sponsors/<name>.svg`; empty on the dev server, where every logo is taken to be one).
import { createContext, useContext } from 'react';

export const LogoAddressesContext = createContext<Record<string, string>>({});

export function useLogoAddresses(): Record<string, string> {
  return useContext(LogoAddressesContext);
}
