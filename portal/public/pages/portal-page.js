// The portal's own pages are single-spa applications too, as in the real portals: plain DOM, no framework.
export function portalPage(render) {
  let node = null;
  return {
    async bootstrap() {},
    async mount() {
      node = document.createElement('section');
      node.className = 'portal-page';
      render(node);
      document.getElementById('portal-page').appendChild(node);
    },
    async unmount() {
      node?.remove();
      node = null;
    },
  };
}
