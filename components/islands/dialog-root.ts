import { createRoot, type Root } from 'react-dom/client';

/** One React root per dialog island, made on first use in a container at the end of <body>. */
export function lazyRoot(): () => Root {
  let root: Root | undefined;
  return () => {
    if (!root) {
      const host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
    }
    return root;
  };
}
